package io.bgpersistence.validation;

import static io.bgpersistence.validation.Problems.assertErrors;
import static io.bgpersistence.validation.Problems.assertWarnings;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import java.util.ArrayList;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/** One test per rule: a valid document broken in just that way, and the exact path, type and origin. */
class RulesTest {
  private static final PersistenceDocument KAFKA = SampleDocuments.kafka();

  private static PersistenceDocument set(Setting s, String value) {
    return SettingValues.with(KAFKA, s, value);
  }

  private static PersistenceDocument withWriter(int i, UnaryOperator<WriterSpec.Builder> change) {
    List<WriterSpec> writers = new ArrayList<>(KAFKA.writers());
    writers.set(i, change.apply(WriterSpec.builder().from(writers.get(i))).build());
    return PersistenceDocument.builder().from(KAFKA).writers(writers).build();
  }

  private static PersistenceDocument withWriters(WriterSpec... writers) {
    return PersistenceDocument.builder().from(KAFKA).writers(List.of(writers)).build();
  }

  private static WriterSpec writer(String name, String type) {
    return SampleDocuments.writer(name, type, "250m", "512Mi", "1", "1Gi");
  }

  // ---- required -----------------------------------------------------------------------------

  @Test
  void sharedSettingsAreRequiredEvenWhenTheirObjectIsAbsent() {
    PersistenceDocument d = PersistenceDocument.builder().from(KAFKA)
        .commonPersistenceSpecs(java.util.Optional.empty()).build();
    List<String> errors = Problems.keys(Problems.validate(d).errors());
    assertEquals(List.of(
        "common_persistence_specs.bus_backend Required field-constraint",
        "common_persistence_specs.bus_writer_image_go Required writer-type-needs",
        "common_persistence_specs.bus_writer_image_python Required writer-type-needs",
        "common_persistence_specs.bus_writer_image_bswl Required writer-type-needs",
        "common_persistence_specs.namespace Required field-constraint",
        "common_persistence_specs.service_account_name Required field-constraint",
        // What kafka()'s writers (one of every type) read, each required by its writer type.
        "common_persistence_specs.bigquery_parquet_upload_subscription_id Required writer-type-needs",
        "common_persistence_specs.bigquery_streaming_write_subscription_id Required writer-type-needs",
        "common_persistence_specs.bigquery_streaming_write_topic Required writer-type-needs",
        "common_persistence_specs.bq_upload_bucket Required writer-type-needs",
        "common_persistence_specs.metrics_bus_subscription_id Required writer-type-needs",
        "common_persistence_specs.metrics_bus_topic_id Required writer-type-needs",
        "common_persistence_specs.result_bus_metrics_subscription_id Required writer-type-needs",
        "common_persistence_specs.result_bus_offline_store_subscription_id Required writer-type-needs",
        "common_persistence_specs.result_bus_online_store_subscription_id Required writer-type-needs",
        "common_persistence_specs.query_log_subscription_id Required writer-type-needs",
        "common_persistence_specs.usage_events_subscription_id Required writer-type-needs",
        "common_persistence_specs.vector_store_subscription_id Required writer-type-needs"),
        errors);
  }

  @Test
  void blankNamespaceIsRequiredNotAlsoInvalid() {
    assertErrors(set(Setting.NAMESPACE, ""), "common_persistence_specs.namespace Required field-constraint");
  }

  @Test
  void atLeastOneWriterIsRequired() {
    assertErrors(withWriters(), "writers Required field-constraint");
  }

  @Test
  void aWriterNeedsOnlyANameAndATypeAndIsWarnedOfWhatItLeavesToDefaults() {
    PersistenceDocument d = withWriters(WriterSpec.builder().build());
    assertErrors(d,
        "writers[0].name Required field-constraint",
        "writers[0].bus_subscriber_type Required field-constraint");
    assertWarnings(withWriters(WriterSpec.builder().name("w").busSubscriberType("ONLINE_WRITER").build()),
        "writers[0].request Required writer-defaults",
        "writers[0].limit Required writer-defaults",
        "writers[0].version Required writer-defaults");
  }

  @Test
  void requestNamesBothCpuAndMemory() {
    assertErrors(withWriter(2, w -> w.request(new ResourceSpec.Builder().cpu("100m").build())),
        "writers[2].request.memory Required resource-quantity");
  }

  // ---- closed sets --------------------------------------------------------------------------

  @Test
  void closedSetsAreNotSupportedWithTheClosestValue() {
    PersistenceDocument d = set(Setting.BUS_BACKEND, "KAFAK");
    assertErrors(d, "common_persistence_specs.bus_backend NotSupported closed-set");
    FieldProblem p = Problems.validate(d).errors().get(0);
    assertTrue(p.message().contains("\"KAFKA\", \"PUBSUB\""), p.message());
    assertTrue(p.message().contains("did you mean \"KAFKA\""), p.message());
  }

  @Test
  void everyClosedSettingIsChecked() {
    assertErrors(set(Setting.SECRET_CLIENT, "AZURE"), "common_persistence_specs.secret_client NotSupported closed-set");
    assertErrors(set(Setting.KAFKA_SECURITY_PROTOCOL, "SASL_TLS"), "kafka_security_protocol NotSupported closed-set");
    assertErrors(set(Setting.KAFKA_SASL_MECHANISM, "SCRAM-SHA-1"), "kafka_sasl_mechanism NotSupported closed-set");
    assertErrors(set(Setting.METADATA_PROVIDER, "GRPC"), "metadata_provider NotSupported closed-set");
    assertErrors(set(Setting.REDIS_IS_CLUSTERED, "yes"), "redis_is_clustered NotSupported closed-set");
  }

  @Test
  void redisFlagAcceptsItsFourSpellings() {
    for (String flag : List.of("1", "0", "true", "false")) {
      assertErrors(set(Setting.REDIS_IS_CLUSTERED, flag));
    }
  }

  @Test
  void writerTypesComeFromTheRegistry() {
    PersistenceDocument d = withWriter(4, w -> w.busSubscriberType("GO_METRIC_BUS_WRITER"));
    assertErrors(d, "writers[4].bus_subscriber_type NotSupported writer-type");
    assertTrue(Problems.validate(d).errors().get(0).message().contains("did you mean \"GO_METRICS_BUS_WRITER\""));
  }

  // ---- names --------------------------------------------------------------------------------

  @Test
  void namespaceIsADnsLabel() {
    assertErrors(set(Setting.NAMESPACE, "Background_Persistence"),
        "common_persistence_specs.namespace Invalid field-constraint");
    assertErrors(set(Setting.NAMESPACE, "a.b"), "common_persistence_specs.namespace Invalid field-constraint");
    assertErrors(set(Setting.NAMESPACE, "n".repeat(64)), "common_persistence_specs.namespace TooLong field-constraint");
  }

  @Test
  void serviceAccountIsADnsSubdomain() {
    assertErrors(set(Setting.SERVICE_ACCOUNT_NAME, "writers.bgp"));
    assertErrors(set(Setting.SERVICE_ACCOUNT_NAME, "-sa"),
        "common_persistence_specs.service_account_name Invalid field-constraint");
  }

  @Test
  void writerNamesAreDeploymentNamesThatFitALabelValue() {
    assertErrors(withWriter(0, w -> w.name("Online_Writer")), "writers[0].name Invalid field-constraint");
    assertErrors(withWriter(0, w -> w.name("w".repeat(64))), "writers[0].name TooLong field-constraint");
    assertErrors(withWriter(0, w -> w.name("w".repeat(63))));
  }

  @Test
  void writerNamesAreUnique() {
    assertErrors(withWriter(3, w -> w.name("online-writer")), "writers[3].name Duplicate unique-writer-name");
  }

  @Test
  void versionBecomesALabelValue() {
    assertErrors(withWriter(1, w -> w.version("1.0 beta")), "writers[1].version Invalid field-constraint");
  }

  // ---- resources ----------------------------------------------------------------------------

  @Test
  void cpuAndMemoryAreKubernetesQuantities() {
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("abc", "512Mi"))),
        "writers[0].request.cpu Invalid resource-quantity");
    assertErrors(withWriter(0, w -> w.limit(ResourceSpec.of("1", "1Xi"))),
        "writers[0].limit.memory Invalid resource-quantity");
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("-1", "512Mi"))),
        "writers[0].request.cpu Invalid resource-quantity");
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("0.5", "0.5Gi"))));
  }

  @Test
  void requestIsAtMostItsLimitComparedByAmount() {
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("1001m", "512Mi"))),
        "writers[0].request.cpu Invalid request-within-limit");
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("250m", "1025Mi"))),
        "writers[0].request.memory Invalid request-within-limit");
    assertErrors(withWriter(0, w -> w.request(ResourceSpec.of("1000m", "1024Mi"))));
  }

  @Test
  void replicasAreZeroOrMore() {
    assertErrors(withWriter(0, w -> w.defaultReplicaCount(-1)), "writers[0].default_replica_count Invalid field-constraint");
    assertErrors(withWriter(0, w -> w.defaultReplicaCount(0)));
  }

  @Test
  void aMissingMemoryLimitIsAWarning() {
    assertWarnings(withWriter(0, w -> w.limit(new ResourceSpec.Builder().cpu("1").build())),
        "writers[0].limit.memory Required memory-limit");
  }

  // ---- images -------------------------------------------------------------------------------

  @Test
  void imagesAreImageReferences() {
    assertErrors(set(Setting.BUS_WRITER_IMAGE_GO, "Registry.example.com/Go Writer:1"),
        "common_persistence_specs.bus_writer_image_go Invalid image-reference");
    assertErrors(set(Setting.BUS_WRITER_IMAGE_GO, "localhost:5000/go-writer@sha256:" + "a".repeat(64)));
  }

  @Test
  void floatingImagesAreWarnedOf() {
    assertWarnings(set(Setting.BUS_WRITER_IMAGE_PYTHON, "registry.example.com/python-writer:latest"),
        "common_persistence_specs.bus_writer_image_python Invalid image-reference");
    assertWarnings(set(Setting.BUS_WRITER_IMAGE_BSWL, "registry.example.com/bswl"),
        "common_persistence_specs.bus_writer_image_bswl Invalid image-reference");
  }

  // ---- what each type needs -----------------------------------------------------------------

  @Test
  void aWritersImageAndBusesAreRequiredByItsType() {
    PersistenceDocument onlyGo = withWriters(writer("go-metrics-bus-writer", "GO_RESULT_BUS_METRICS_WRITER"));
    assertErrors(SettingValues.with(onlyGo, Setting.BUS_WRITER_IMAGE_GO, null),
        "common_persistence_specs.bus_writer_image_go Required writer-type-needs");
    assertErrors(SettingValues.with(onlyGo, Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID, null),
        "common_persistence_specs.result_bus_metrics_subscription_id Required writer-type-needs");
    assertErrors(SettingValues.with(onlyGo, Setting.METRICS_BUS_TOPIC_ID, null),
        "common_persistence_specs.metrics_bus_topic_id Required writer-type-needs");
  }

  @Test
  void settingsNoConfiguredWriterNeedsMayBeAbsent() {
    PersistenceDocument onlyGo = withWriters(writer("go-metrics-bus-writer", "GO_METRICS_BUS_WRITER"));
    assertErrors(SettingValues.with(SettingValues.with(onlyGo, Setting.BUS_WRITER_IMAGE_PYTHON, null),
        Setting.BQ_UPLOAD_BUCKET, null));
  }

  @Test
  void bulkInsertNeedsTheBucketAndExpectsTheUploadTopic() {
    assertErrors(set(Setting.BQ_UPLOAD_BUCKET, null),
        "common_persistence_specs.bq_upload_bucket Required writer-type-needs");
    assertWarnings(set(Setting.BQ_UPLOAD_TOPIC, null),
        "common_persistence_specs.bq_upload_topic Required writer-type-needs");
  }

  @Test
  void queryMirrorConsumerExpectsTheApiServerHost() {
    assertWarnings(set(Setting.API_SERVER_HOST, null), "api_server_host Required writer-type-needs");
  }

  @Test
  void userTypesInTheRegistryAreCheckedLikeBuiltInOnes() {
    var registry = io.bgpersistence.model.WriterTypeRegistry.builtIn().with(io.bgpersistence.model.WriterType.builder()
        .name("AUDIT_WRITER").image(io.bgpersistence.model.ImageFamily.GO)
        .subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID).addNeeds(Setting.API_SERVER_HOST)
        .description("audit").build());
    DocumentValidator v = DocumentValidator.builder().registry(registry).withoutServiceLoader()
        .addExtension(new StandInBackends()).build();
    PersistenceDocument d = SettingValues.with(withWriters(writer("audit", "AUDIT_WRITER")), Setting.API_SERVER_HOST, null);
    assertEquals(List.of("api_server_host Required writer-type-needs"), Problems.keys(v.validate(d).errors()));
    assertEquals(List.of("writers[0].bus_subscriber_type NotSupported writer-type"),
        Problems.keys(Problems.validate(d).errors()));
  }

  // ---- bucket -------------------------------------------------------------------------------

  @Test
  void bucketSchemeMatchesTheCloud() {
    assertErrors(set(Setting.BQ_UPLOAD_BUCKET, "gs://acme-uploads"),
        "common_persistence_specs.bq_upload_bucket Invalid upload-bucket");
    PersistenceDocument gcp = set(Setting.SECRET_CLIENT, "GCP");
    assertErrors(gcp, "common_persistence_specs.bq_upload_bucket Invalid upload-bucket");
    assertErrors(SettingValues.with(gcp, Setting.BQ_UPLOAD_BUCKET, "gs://acme_uploads/parquet/"));
  }

  @Test
  void bucketIsAValidBucketName() {
    assertErrors(set(Setting.BQ_UPLOAD_BUCKET, "s3://Acme_Uploads"),
        "common_persistence_specs.bq_upload_bucket Invalid upload-bucket");
    assertErrors(set(Setting.BQ_UPLOAD_BUCKET, "acme-uploads"),
        "common_persistence_specs.bq_upload_bucket Invalid upload-bucket");
    assertErrors(set(Setting.BQ_UPLOAD_BUCKET, "s3://acme-uploads/parquet/"));
  }

  // ---- pipeline -----------------------------------------------------------------------------

  @Test
  void anOfflineWriterWhoseTopicNobodyReadsIsWarnedOf() {
    assertWarnings(withWriters(writer("offline-writer", "OFFLINE_WRITER")),
        "writers[0].bus_subscriber_type Invalid pipeline-consumer");
    assertWarnings(withWriters(writer("offline-writer", "OFFLINE_WRITER"),
        writer("loader", "BIGQUERY_STREAMING_WRITE_LOADER")));
  }

  // ---- placeholders and backends ------------------------------------------------------------

  @Test
  void anyStringStillHoldingAPlaceholderIsInvalidAndNothingElseIsSaidAboutIt() {
    assertErrors(set(Setting.NAMESPACE, "<your namespace>"), "common_persistence_specs.namespace Invalid placeholder");
    assertErrors(withWriter(5, w -> w.version("<version>")), "writers[5].version Invalid placeholder");
    assertErrors(set(Setting.KAFKA_DLQ_TOPIC, "dlq-<env>"), "common_persistence_specs.kafka_dlq_topic Invalid placeholder");
  }

  @Test
  void aSettingOfTheOtherBackendIsWarnedOf() {
    assertWarnings(SettingValues.with(SampleDocuments.pubsub(), Setting.KAFKA_BOOTSTRAP_SERVERS, "b-1:9092"),
        "kafka_bootstrap_servers Forbidden backend-setting");
  }

  // ---- all at once --------------------------------------------------------------------------

  @Test
  void everyProblemAtOnceInDocumentOrder() {
    PersistenceDocument d = PersistenceDocument.builder().from(KAFKA)
        .commonPersistenceSpecs(new CommonPersistenceSpecs.Builder().from(KAFKA.specs())
            .busBackend("kafak").namespace("NS").build())
        .redisIsClustered("maybe")
        .writers(List.of(writer("a", "ONLINE_WRITER"), writer("a", "NOPE")))
        .build();
    assertErrors(d,
        "common_persistence_specs.bus_backend NotSupported closed-set",
        "common_persistence_specs.namespace Invalid field-constraint",
        "redis_is_clustered NotSupported closed-set",
        "writers[1].name Duplicate unique-writer-name",
        "writers[1].bus_subscriber_type NotSupported writer-type");
  }
}
