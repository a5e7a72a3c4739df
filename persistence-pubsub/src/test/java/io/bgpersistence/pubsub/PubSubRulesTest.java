package io.bgpersistence.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.Severity;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.ValidationReport;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** One test per Pub/Sub rule: the exact path, type, severity and rule of what a user is told. */
class PubSubRulesTest {
  private static final String FULL_TOPIC = "projects/" + Docs.PROJECT + "/topics/metrics-bus";
  private static final String FULL_SUBSCRIPTION = "projects/" + Docs.PROJECT + "/subscriptions/metrics-bus-sub";

  /** What a test expects: where, what kind, how bad, which rule. */
  private record Expected(FieldPath path, ProblemType type, Severity severity, String origin) {
    static Expected of(FieldProblem p) {
      return new Expected(p.path(), p.type(), p.severity(), p.origin());
    }
  }

  private static Expected error(Setting s, ProblemType type, String origin) {
    return new Expected(s.path(), type, Severity.ERROR, origin);
  }

  private static Expected warning(Setting s, ProblemType type, String origin) {
    return new Expected(s.path(), type, Severity.WARNING, origin);
  }

  private static List<Expected> found(String origin, PersistenceDocument d) {
    return Docs.from(origin, Docs.validate(d)).stream().map(Expected::of).toList();
  }

  @Test
  void theSampleAndShortAndFullNamesOfTheRightKindAreValid() {
    ValidationReport report = Docs.validate(Docs.valid());
    assertEquals(List.of(), report.all());
    PersistenceDocument full = Docs.withSpecs(b -> b.metricsBusTopicId(FULL_TOPIC).metricsBusSubscriptionId(FULL_SUBSCRIPTION));
    assertEquals(List.of(), Docs.validate(full).all());
  }

  @Test
  void kafkaDocumentsAreNotThisModulesBusiness() {
    ValidationReport report = Docs.validate(SampleDocuments.kafka());
    assertEquals(List.of(), report.all().stream().filter(p -> p.origin().startsWith("pubsub")).toList());
  }

  @Test
  void shortIdsFollowGooglesRules() {
    String origin = ResourceNameRule.ID;
    assertEquals(List.of(error(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("mb"))), "shorter than 3");
    assertEquals(List.of(error(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("a".repeat(256)))), "longer than 255");
    assertEquals(List.of(error(Setting.METRICS_BUS_SUBSCRIPTION_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusSubscriptionId("1-metrics"))), "starts with a digit");
    assertEquals(List.of(error(Setting.METRICS_BUS_SUBSCRIPTION_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusSubscriptionId("metrics bus/sub"))), "space and slash");
    assertEquals(List.of(error(Setting.BIGQUERY_STREAMING_WRITE_TOPIC, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.bigqueryStreamingWriteTopic("goog-streaming"))), "reserved prefix");
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("Metrics.bus_v2~a+b%20"))));
  }

  @Test
  void aTopicWhereASubscriptionIsDueIsInvalidAndTheReverse() {
    String origin = ResourceNameRule.ID;
    assertEquals(List.of(error(Setting.METRICS_BUS_SUBSCRIPTION_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusSubscriptionId(FULL_TOPIC))));
    assertEquals(List.of(error(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusTopicId(FULL_SUBSCRIPTION))));
    List<FieldProblem> problems = Docs.from(origin, Docs.validate(Docs.withSpecs(b -> b.metricsBusTopicId(FULL_SUBSCRIPTION))));
    assertTrue(problems.get(0).message().contains("names a subscription where a topic is due"), problems.toString());
  }

  @Test
  void fullNamesAreParsed() {
    String origin = ResourceNameRule.ID;
    for (String bad : List.of("projects/acme-features-prod/metrics-bus", "projects//topics/metrics-bus",
        "projects/Acme/topics/metrics-bus", "projects/acme-features-prod/queues/metrics-bus",
        "projects/acme-features-prod/topics/")) {
      assertEquals(List.of(error(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)),
          found(origin, Docs.withSpecs(b -> b.metricsBusTopicId(bad))).stream().distinct().toList(), bad);
    }
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("projects/123456789/topics/metrics-bus"))));
  }

  @Test
  void fullNamesOfAnotherProjectAreAWarning() {
    String origin = SameProjectRule.ID;
    assertEquals(List.of(warning(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("projects/acme-staging/topics/metrics-bus"))));
    // Without google_cloud_project the first full name sets the project; the second disagrees.
    PersistenceDocument twoProjects = Docs.withSpecs(b -> b.googleCloudProject(Optional.empty())
        .metricsBusSubscriptionId("projects/acme-staging/subscriptions/metrics-bus-sub")
        .metricsBusTopicId(FULL_TOPIC));
    assertEquals(List.of(warning(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Invalid, origin)), found(origin, twoProjects));
    assertTrue(Docs.validate(twoProjects).ok(), "a warning, not an error");
    // A malformed project is the name rule's error alone, not also a project mismatch.
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("projects/Acme/topics/metrics-bus"))));
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.googleCloudProject("Acme").metricsBusTopicId(FULL_TOPIC))));
  }

  @Test
  void aBusWhoseSubscriptionAndTopicShareAnIdIsAWarning() {
    String origin = PairSameIdRule.ID;
    assertEquals(List.of(warning(Setting.METRICS_BUS_TOPIC_ID, ProblemType.Duplicate, origin)),
        found(origin, Docs.withSpecs(b -> b.metricsBusTopicId("metrics-bus-sub"))));
    assertEquals(List.of(warning(Setting.BIGQUERY_STREAMING_WRITE_TOPIC, ProblemType.Duplicate, origin)),
        found(origin, Docs.withSpecs(b -> b.bigqueryStreamingWriteTopic(
            "projects/" + Docs.PROJECT + "/topics/offline-store-streaming-insert-bus-sub"))), "short id vs full name");
  }

  @Test
  void twoWritersOfDifferentBusesReadingOneSubscriptionIsAnError() {
    String origin = SharedSubscriptionRule.ID;
    // The Kafka seed's habit: every result-bus reader on "result-bus-1".
    PersistenceDocument shared = Docs.withSpecs(b -> b.resultBusMetricsSubscriptionId("result-bus-1")
        .resultBusOfflineStoreSubscriptionId("result-bus-1")
        .resultBusOnlineStoreSubscriptionId("projects/" + Docs.PROJECT + "/subscriptions/result-bus-1"));
    assertEquals(List.of(
            error(Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID, ProblemType.Duplicate, origin),
            error(Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, ProblemType.Duplicate, origin)),
        found(origin, shared));
    // Without google_cloud_project a short id lives in the project the full names give.
    PersistenceDocument noProject = Docs.withSpecs(b -> b.googleCloudProject(Optional.empty())
        .resultBusMetricsSubscriptionId("projects/" + Docs.PROJECT + "/subscriptions/result-bus-1")
        .resultBusOnlineStoreSubscriptionId("result-bus-1"));
    assertEquals(List.of(error(Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, ProblemType.Duplicate, origin)),
        found(origin, noProject));
    // A subscription field no writer reads shares nothing with anyone.
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.bigqueryParquetUploadSubscriptionId("metrics-bus-sub"))));
  }

  @Test
  void kafkaSettingsUnderPubSubAreFlaggedOnceByTheCore() {
    PersistenceDocument d = PersistenceDocument.builder().from(Docs.valid())
        .kafkaSaslSecret("AmazonMSK_bgp-writers")
        .kafkaBootstrapServers("b-1.example.internal:9096")
        .build();
    List<FieldProblem> atKafka = Docs.validate(d).all().stream()
        .filter(p -> p.path().equals(Setting.KAFKA_SASL_SECRET.path())
            || p.path().equals(Setting.KAFKA_BOOTSTRAP_SERVERS.path()))
        .toList();
    assertEquals(List.of(Setting.KAFKA_SASL_SECRET.path(), Setting.KAFKA_BOOTSTRAP_SERVERS.path()).size(), atKafka.size(),
        atKafka.toString());
    atKafka.forEach(p -> assertEquals(ProblemType.Forbidden, p.type()));
    assertFalse(atKafka.stream().anyMatch(p -> p.toLine().contains("AmazonMSK")), "the secret's name is not echoed");
  }

  @Test
  void aSecretClientOtherThanGcpIsAWarningThatDoesNotEchoTheValue() {
    String origin = SecretClientRule.ID;
    List<FieldProblem> problems = Docs.from(origin, Docs.validate(Docs.withSpecs(b -> b.secretClient("AWS"))));
    assertEquals(List.of(warning(Setting.SECRET_CLIENT, ProblemType.Invalid, origin)),
        problems.stream().map(Expected::of).toList());
    assertEquals(Optional.empty(), problems.get(0).value());
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.secretClient("AZURE"))), "the core's NotSupported");
  }

  @Test
  void theUploadBucketIsCloudStorageAndIsReportedOnce() {
    String origin = UploadBucketRule.ID;
    assertEquals(List.of(error(Setting.BQ_UPLOAD_BUCKET, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.secretClient("AWS").bqUploadBucket("s3://acme-bgp-offline-uploads"))));
    // With secret_client GCP the core's scheme rule says it: exactly one problem at the bucket.
    List<FieldProblem> atBucket = Docs.validate(Docs.withSpecs(b -> b.bqUploadBucket("s3://acme-bgp-offline-uploads")))
        .all().stream().filter(p -> p.path().equals(Setting.BQ_UPLOAD_BUCKET.path())).toList();
    assertEquals(1, atBucket.size(), atBucket.toString());
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.secretClient(Optional.empty()))));
  }

  @Test
  void theGoogleIdentityFieldsAreWellFormed() {
    String origin = IdentityRule.ID;
    assertEquals(List.of(error(Setting.GOOGLE_CLOUD_PROJECT, ProblemType.Invalid, origin)),
        found(origin, Docs.withSpecs(b -> b.googleCloudProject("Acme_Prod"))));
    assertEquals(List.of(), found(origin, Docs.withSpecs(b -> b.googleCloudProject("acme-features-2"))));
  }

  @Test
  void aWriterWithoutItsSubscriptionIsRequiredOnceByTheCore() {
    PersistenceDocument d = Docs.withSpecs(b -> b.metricsBusSubscriptionId(Optional.empty()));
    List<FieldProblem> at = Docs.validate(d).all().stream()
        .filter(p -> p.path().equals(Setting.METRICS_BUS_SUBSCRIPTION_ID.path())).toList();
    assertEquals(1, at.size(), at.toString());
    assertEquals(ProblemType.Required, at.get(0).type());
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    PersistenceDocument d = Docs.withSpecs(b -> b.secretClient("AWS")
        .metricsBusSubscriptionId(FULL_TOPIC)
        .metricsBusTopicId("mb")
        .googleCloudProject("Acme"));
    ValidationReport report = Docs.validate(d);
    // Errors in document order (the gs:// bucket is the core's complaint under secret_client AWS), then warnings.
    assertEquals(List.of(Setting.GOOGLE_CLOUD_PROJECT.path(), Setting.BQ_UPLOAD_BUCKET.path(),
            Setting.METRICS_BUS_SUBSCRIPTION_ID.path(), Setting.METRICS_BUS_TOPIC_ID.path()),
        report.errors().stream().map(FieldProblem::path).distinct().toList());
    assertEquals(List.of(Setting.SECRET_CLIENT.path()), report.warnings().stream().map(FieldProblem::path).toList(),
        report.warnings().toString());
  }
}
