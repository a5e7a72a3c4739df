package io.bgpersistence.validation;

import static io.bgpersistence.validation.Problems.assertErrors;
import static io.bgpersistence.validation.Problems.assertWarnings;
import static io.bgpersistence.validation.Problems.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.IntOrPercent;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterTypes;
import io.bgpersistence.testing.SampleDocuments;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** Documents in the platform API's own format: real names, its defaults, its forward-compatible types. */
class RealFormatTest {
  private static final Path EXPORT = Path.of("..", "examples", "kafka-platform-export.json");
  private static final PersistenceDocument KAFKA = SampleDocuments.kafka();

  private static PersistenceDocument withWriter(int i, UnaryOperator<WriterSpec> change) {
    List<WriterSpec> writers = new ArrayList<>(KAFKA.writers());
    writers.set(i, change.apply(writers.get(i)));
    return KAFKA.withWriters(writers);
  }

  private static PersistenceDocument read(String json) {
    ReadResult r = DocumentReader.read(json);
    assertEquals(List.of(), r.problems());
    return r.document().orElseThrow();
  }

  @Test
  void anExportShapedLikeTheTerraformExampleHasNoErrorAndNoUnknownField() throws Exception {
    ReadResult read = DocumentReader.read(EXPORT);
    ValidationReport r = DocumentValidator.standard().validate(read);
    assertEquals(List.of(), r.errors(), () -> r.errors().toString());
    assertTrue(r.warnings().stream().noneMatch(p -> p.type() == ProblemType.Unknown), r.warnings().toString());
    // What it leaves to the API's defaults is said, as warnings only.
    assertTrue(keys(r.warnings()).contains("writers[1].limit Required writer-defaults"), r.warnings().toString());
  }

  @Test
  void closedSetsCompareIgnoringCase() {
    PersistenceDocument d = KAFKA.withMetadataProvider("grpc_server").withKafkaSecurityProtocol("sasl_ssl");
    assertWarnings(d);
  }

  @Test
  void theDeprecatedSpellingIsReadWithAWarningNamingTheCurrentOne() {
    PersistenceDocument d = KAFKA.withCommonPersistenceSpecs(KAFKA.specs()
        .withBqUploadBucket(java.util.Optional.empty())
        .withBigqueryUploadBucket("s3://acme-bgp-offline-uploads"));
    ValidationReport r = DocumentValidator.standard().validate(d);
    assertEquals(List.of("common_persistence_specs.bigquery_upload_bucket Invalid deprecated-name"), keys(r.warnings()));
    assertTrue(r.warnings().get(0).message().contains("bq_upload_bucket"), r.warnings().get(0).message());
  }

  @Test
  void bothSpellingsWithDifferentValuesIsAnError() {
    PersistenceDocument d = KAFKA.withCommonPersistenceSpecs(KAFKA.specs()
        .withBigqueryUploadBucket("s3://another-bucket"));
    assertErrors(d, "common_persistence_specs.bigquery_upload_bucket Invalid deprecated-name");
  }

  @Test
  void aProblemPointsAtTheSpellingTheDocumentUsed() {
    PersistenceDocument d = KAFKA.withCommonPersistenceSpecs(KAFKA.specs()
        .withBqUploadBucket(java.util.Optional.empty())
        .withBigqueryUploadBucket("gs://acme-bgp-offline-uploads"));
    assertErrors(d, "common_persistence_specs.bigquery_upload_bucket Invalid upload-bucket");
  }

  @Test
  void aClusterManagerWithoutImageOverrideIsAnErrorNamingIt() {
    PersistenceDocument d = KAFKA.withWriters(SampleDocuments.writer("cluster-manager", WriterTypes.CLUSTER_MANAGER,
        "100m", "128Mi", "1", "256Mi"));
    assertErrors(d, "writers[0].image_override Required writer-type");
  }

  @Test
  void aClusterManagerWithImageOverrideIsAWarningThatItsRowIsInferred() {
    PersistenceDocument d = KAFKA.withWriters(SampleDocuments.writer("cluster-manager", WriterTypes.CLUSTER_MANAGER,
        "100m", "128Mi", "1", "256Mi").withImageOverride("registry.example.com/platform/cluster-manager:2.1.0"));
    assertWarnings(d, "writers[0].bus_subscriber_type Invalid writer-type");
  }

  @Test
  void aTypeTheRegistryDoesNotKnowIsForwardCompatibleWithAnImageOverride() {
    WriterSpec newer = SampleDocuments.writer("audit-log-writer", "AUDIT_LOG_WRITER", "100m", "128Mi", "1", "256Mi");
    ValidationReport without = Problems.validate(KAFKA.withWriters(newer));
    assertEquals(List.of("writers[0].bus_subscriber_type NotSupported writer-type"), keys(without.errors()));
    assertTrue(without.errors().get(0).message().contains("image_override"), without.errors().get(0).message());
    assertWarnings(KAFKA.withWriters(newer.withImageOverride("registry.example.com/platform/audit:1.0")),
        "writers[0].bus_subscriber_type NotSupported writer-type");
  }

  @Test
  void garbageIsNotMistakenForANewerType() {
    WriterSpec w = SampleDocuments.writer("w", "not a type!", "100m", "128Mi", "1", "256Mi")
        .withImageOverride("registry.example.com/platform/audit:1.0");
    assertErrors(KAFKA.withWriters(w), "writers[0].bus_subscriber_type NotSupported writer-type");
  }

  @Test
  void extraEnvironmentMayNotReuseANameBpctlSets() {
    PersistenceDocument d = withWriter(0, w -> w.withAdditionalEnvVars(Map.of("KAFKA_BOOTSTRAP_SERVERS", "x:1")));
    assertErrors(d, "writers[0].additional_env_vars[KAFKA_BOOTSTRAP_SERVERS] Duplicate additional-env");
    assertErrors(withWriter(0, w -> w.withAdditionalEnvVars(Map.of("1BAD=NAME", "x"))),
        "writers[0].additional_env_vars[1BAD=NAME] Invalid additional-env");
  }

  @Test
  void aCredentialInTheExtraEnvironmentIsAWarningThatDoesNotQuoteIt() {
    PersistenceDocument d = withWriter(0, w -> w.withAdditionalEnvVars(Map.of("DB_PASSWORD", "S3cr3t-XYZ", "LOG_LEVEL", "info")));
    assertWarnings(d, "writers[0].additional_env_vars[DB_PASSWORD] Invalid additional-env");
    assertFalse(Problems.validate(d).toString().contains("S3cr3t-XYZ"));
    for (String name : List.of("STRIPE_API_KEY", "PRIVATE_KEY", "DB_PASSWD", "GITHUB_TOKEN", "AWS_SECRET_ACCESS_KEY")) {
      assertTrue(ExtraEnvironmentRule.looksLikeACredential(name), name);
    }
    for (String name : List.of("MAX_TOKENS", "TOKENIZER", "CACHE_KEY_PREFIX", "LOG_LEVEL", "KEYSPACE")) {
      assertFalse(ExtraEnvironmentRule.looksLikeACredential(name), name);
    }
  }

  @Test
  void aDisruptionBudgetTakesOneOfItsTwoFieldsEachACountOrAPercentage() {
    assertErrors(withWriter(0, w -> w.withPdbMinAvailable(IntOrPercent.of(1)).withPdbMaxUnavailable(IntOrPercent.of("50%"))),
        "writers[0].pdb_max_unavailable Forbidden disruption-budget");
    assertErrors(withWriter(0, w -> w.withPdbMaxUnavailable(IntOrPercent.of("150%"))),
        "writers[0].pdb_max_unavailable Invalid disruption-budget");
    assertWarnings(withWriter(0, w -> w.withPdbMinAvailable(IntOrPercent.of("50%"))));
  }

  @Test
  void nodePlacementHoldsLabels() {
    assertErrors(withWriter(0, w -> w.withNodeSelector(Map.of("bad key/", "v"))),
        "writers[0].node_selector[bad key/] Invalid placement");
    assertErrors(withWriter(0, w -> w.withNodepool("pool with spaces")), "writers[0].nodepool Invalid field-constraint");
  }

  @Test
  void autoscalingNeedsItsSubscriptionAndAMaximumAtLeastItsMinimum() {
    var hpa = io.bgpersistence.model.HpaSpecs.builder().hpaMinReplicas(4).hpaMaxReplicas(2).build();
    assertErrors(withWriter(0, w -> w.withHpaSpecs(hpa)),
        "writers[0].hpa_specs.hpa_pubsub_subscription_id Required field-constraint",
        "writers[0].hpa_specs.hpa_max_replicas Invalid autoscaling");
  }

  @Test
  void numbersOfTheWriterAreChecked() {
    assertErrors(withWriter(0, w -> w.withMaxBatchSize(0).withQueryTableWriteDropRatio("1.5")),
        "writers[0].max_batch_size Invalid field-constraint",
        "writers[0].query_table_write_drop_ratio Invalid field-constraint");
  }

  @Test
  void whatIsKeptButNotRenderedIsSaid() {
    PersistenceDocument d = read("{\"observability_daemons\": [{\"keep_running_when_suspended\": true}]}");
    PersistenceDocument withDaemons = KAFKA.withObservabilityDaemons(d.observabilityDaemons());
    assertWarnings(withDaemons, "observability_daemons Forbidden not-rendered");
    assertWarnings(withWriter(0, w -> w.withRequest(w.request().orElseThrow().withStorage("10Gi"))),
        "writers[0].request.storage Forbidden not-rendered");
  }

  @Test
  void aSecretNameOfAWriterIsNeverEchoed() {
    PersistenceDocument d = withWriter(0, w -> w.withMetadataSqlUriSecret("<postgres://admin:hunter2@db>"));
    FieldProblem p = Problems.validate(d).errors().get(0);
    assertEquals("writers[0].metadata_sql_uri_secret", p.path().toString());
    assertTrue(p.value().isEmpty());
    assertTrue(!p.toLine().contains("hunter2"), p.toLine());
  }

  @Test
  void everyTypeOfTheNewFieldsIsCheckedWhenRead() {
    ReadResult r = DocumentReader.read("{\"suspended\": \"yes\", \"writers\": [{\"gke_spot\": 1, "
        + "\"node_selector\": {\"a\": 2}, \"pdb_min_available\": true, \"hpa_specs\": []}]}");
    assertEquals(List.of("suspended", "writers[0].gke_spot", "writers[0].node_selector[a]",
        "writers[0].pdb_min_available", "writers[0].hpa_specs"),
        r.errors().stream().map(p -> p.path().toString()).toList());
  }
}
