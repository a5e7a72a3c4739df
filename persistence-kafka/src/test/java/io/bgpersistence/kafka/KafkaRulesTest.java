package io.bgpersistence.kafka;

import static io.bgpersistence.kafka.Docs.kafkaProblems;
import static io.bgpersistence.kafka.Docs.summary;
import static io.bgpersistence.kafka.Docs.with;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.Setting;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.ValidationReport;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** One test (at least) per Kafka rule, each asserting the exact path, type and rule. */
class KafkaRulesTest {
  private static final PersistenceDocument KAFKA = SampleDocuments.kafka();
  private static final String SECRET = "kafka_sasl_secret";
  private static final String MECHANISM = "kafka_sasl_mechanism";
  private static final String PROTOCOL = "kafka_security_protocol";
  private static final String BOOTSTRAP = "kafka_bootstrap_servers";

  private static PersistenceDocument kafka(Setting s, String value) {
    return with(KAFKA, s, value);
  }

  private static List<String> problems(PersistenceDocument d) {
    return summary(kafkaProblems(d));
  }

  // --- documents that must pass ---

  @Test
  void validSampleDocumentsHaveNoKafkaProblems() {
    assertEquals(List.of(), problems(SampleDocuments.kafka()));
    assertEquals(List.of(), problems(SampleDocuments.kafkaSeedFilledIn()));
  }

  @Test
  void rulesSaySomethingOnlyAboutKafkaDocuments() {
    PersistenceDocument pubsub = with(SampleDocuments.pubsub(), Setting.METRICS_BUS_TOPIC_ID, "bad topic!");
    pubsub = with(pubsub, Setting.KAFKA_SASL_MECHANISM, "PLAIN");
    assertEquals(List.of(), problems(pubsub));
  }

  @Test
  void theShippedKafkaExampleIsValid() throws Exception {
    ReadResult read = DocumentReader.read(Path.of("../examples/kafka-example.json"));
    ValidationReport report = Docs.validate(read.document().orElseThrow());
    assertEquals(List.of(), summary(report.all()));
  }

  @Test
  void seedExampleIsFlaggedOnlyForItsPlaceholders() throws Exception {
    ReadResult read = DocumentReader.read(Path.of("../examples/seed-example.json"));
    ValidationReport report = Docs.validate(read.document().orElseThrow());
    assertEquals(List.of(), summary(report.all().stream().filter(p -> p.origin().startsWith("kafka-")).toList()));
    // The placeholder bootstrap servers and secret are one error each (the core's), not two.
    for (String path : List.of(BOOTSTRAP, SECRET)) {
      List<FieldProblem> at = report.errors().stream().filter(p -> p.path().toString().equals(path)).toList();
      assertEquals(1, at.size(), path + ": " + at);
      assertEquals("placeholder", at.get(0).origin());
    }
  }

  // --- kafka_bootstrap_servers ---

  @Test
  void bootstrapServersAreRequired() {
    assertEquals(List.of(BOOTSTRAP + ": Required [kafka-bootstrap-servers]"),
        problems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS, null)));
    assertEquals(List.of(BOOTSTRAP + ": Required [kafka-bootstrap-servers]"),
        problems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS, " ")));
  }

  @ParameterizedTest
  @ValueSource(strings = {"b-1.kafka.example.com", "b-1.kafka.example.com:0", "b-1.kafka.example.com:65536",
      "b-1.kafka.example.com:90x", "bad_host.example.com:9096", "10.0.0.256:9096", "2001:db8::1:9096",
      "[not-v6]:9096", ":9096", "b-1.kafka.example.com:9096,", "-b.example.com:9096"})
  void aBadBootstrapEntryIsInvalidAtTheField(String value) {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS, value));
    assertEquals(List.of(BOOTSTRAP + ": Invalid [kafka-bootstrap-servers]"), summary(found));
  }

  @Test
  void everyBadBootstrapEntryIsReportedNamingIt() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS,
        "b-1.kafka.example.com:9096, b-2:0,b-3.kafka.example.com:9096, b_4:9096"));
    assertEquals(2, found.size(), found.toString());
    assertTrue(found.get(0).message().contains("entry 2 (\"b-2:0\")"), found.get(0).message());
    assertTrue(found.get(1).message().contains("entry 4 (\"b_4:9096\")"), found.get(1).message());
  }

  @Test
  void aBootstrapEntryHoldingACredentialIsNamedWithoutQuotingIt() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS,
        "b-1.kafka.example.com:9096, user:S3cr3t-XYZ@b-2.kafka.example.com:9096"));
    assertEquals(List.of(BOOTSTRAP + ": Invalid [kafka-bootstrap-servers]"), summary(found));
    assertTrue(found.get(0).message().contains("kafka_sasl_secret"), found.get(0).message());
    assertFalse(found.toString().contains("S3cr3t"), found.toString());
    assertTrue(found.get(0).value().isEmpty(), found.toString());
  }

  @Test
  void aPasswordWithACommaIsNotHalfQuoted() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS,
        "alice:s3cr,et99@b-1.kafka.example.com:9096, b-2.kafka.example.com:9096"));
    assertEquals(List.of(BOOTSTRAP + ": Invalid [kafka-bootstrap-servers]"), summary(found));
    assertFalse(found.toString().contains("s3cr") || found.toString().contains("alice"), found.toString());
  }

  @Test
  void aBootstrapEntryWithASchemeSaysSo() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS, "SASL_SSL://b-1.kafka.example.com:9096"));
    assertTrue(found.get(0).message().contains("starts with a scheme (SASL_SSL://)"), found.get(0).message());
  }

  @ParameterizedTest
  @ValueSource(strings = {"b-1.kafka.example.com:9096", "b-1.kafka.example.com:9096,b-2.kafka.example.com:9096",
      "b-1.kafka.example.com:9096,   B-2.Kafka.Example.com:1", "10.0.0.1:65535, [2001:db8::1]:9096"})
  void goodBootstrapListsPass(String value) {
    assertEquals(List.of(), problems(kafka(Setting.KAFKA_BOOTSTRAP_SERVERS, value)));
  }

  // --- security protocol x mechanism x secret ---

  @Test
  void aSaslProtocolNeedsAMechanismAndASecret() {
    PersistenceDocument d = kafka(Setting.KAFKA_SASL_MECHANISM, null);
    assertEquals(List.of(MECHANISM + ": Required [kafka-security]"), problems(d));
    d = kafka(Setting.KAFKA_SASL_SECRET, null);
    assertEquals(List.of(SECRET + ": Required [kafka-security]"), problems(d));
  }

  @Test
  void aProtocolWithoutSaslTakesNoMechanismAndNoSecret() {
    PersistenceDocument d = kafka(Setting.KAFKA_SECURITY_PROTOCOL, "SSL");
    assertEquals(List.of(SECRET + ": Forbidden [kafka-security]", MECHANISM + ": Forbidden [kafka-security]"),
        problems(d));
    d = with(with(d, Setting.KAFKA_SASL_MECHANISM, null), Setting.KAFKA_SASL_SECRET, null);
    assertEquals(List.of(), problems(d));
  }

  @Test
  void noProtocolIsKafkasDefaultPlaintext() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_SECURITY_PROTOCOL, null));
    assertEquals(List.of(SECRET + ": Forbidden [kafka-security]", MECHANISM + ": Forbidden [kafka-security]",
        PROTOCOL + ": Invalid [kafka-cleartext] (warning)"), summary(found));
    assertTrue(found.get(0).message().contains("not set (Kafka's default: PLAINTEXT)"), found.get(0).message());
  }

  @Test
  void awsMskIamNeedsTlsAndNoSecret() {
    PersistenceDocument d = with(kafka(Setting.KAFKA_SASL_MECHANISM, "AWS_MSK_IAM"), Setting.KAFKA_SASL_SECRET, null);
    assertEquals(List.of(), problems(d));
    d = with(d, Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT");
    d = with(d, Setting.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:9098");
    assertEquals(List.of(MECHANISM + ": Invalid [kafka-security]"), problems(d));
  }

  @Test
  void anUnsupportedProtocolOrMechanismIsLeftToTheCore() {
    assertEquals(List.of(), problems(kafka(Setting.KAFKA_SECURITY_PROTOCOL, "SASL_TLS")));
    List<String> mechanism = problems(kafka(Setting.KAFKA_SASL_MECHANISM, "SCRAM-SHA-1"));
    assertEquals(List.of(), mechanism);
  }

  // --- clear text toward a remote broker ---

  @Test
  void clearTextTowardARemoteBrokerIsAWarning() {
    PersistenceDocument d = kafka(Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT");
    assertEquals(List.of(PROTOCOL + ": Invalid [kafka-cleartext] (warning)"), problems(d));
    assertTrue(Docs.validate(d).ok(), "a warning, not an error");
    PersistenceDocument plain = with(with(with(KAFKA, Setting.KAFKA_SECURITY_PROTOCOL, "PLAINTEXT"),
        Setting.KAFKA_SASL_MECHANISM, null), Setting.KAFKA_SASL_SECRET, null);
    assertEquals(List.of(PROTOCOL + ": Invalid [kafka-cleartext] (warning)"), problems(plain));
  }

  @Test
  void clearTextToLoopbackIsFine() {
    PersistenceDocument d = kafka(Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT");
    for (String local : List.of("127.0.0.1:9092", "localhost:9092, 127.0.1.1:9093", "[::1]:9092")) {
      assertEquals(List.of(), problems(with(d, Setting.KAFKA_BOOTSTRAP_SERVERS, local)), local);
    }
  }

  // --- the SASL secret fits the secret client ---

  @Test
  void aPastedCredentialIsNotASecretNameAndIsNotEchoed() {
    String pasted = "{\"username\":\"alice\",\"password\":\"hunter2-s3cret\"}";
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_SASL_SECRET, pasted));
    assertEquals(List.of(SECRET + ": Invalid [kafka-sasl-secret]"), summary(found));
    FieldProblem p = found.get(0);
    assertTrue(p.value().isEmpty());
    assertFalse(p.toLine().contains("hunter2"), p.toLine());
    assertTrue(p.message().contains("credential itself"), p.message());
  }

  @Test
  void theSecretNameMustFitTheSecretClient() {
    PersistenceDocument gcp = kafka(Setting.SECRET_CLIENT, "GCP");
    // AmazonMSK_bgp-writers is a valid Google secret id too; a path is not.
    assertEquals(List.of(), problems(gcp));
    assertEquals(List.of(SECRET + ": Invalid [kafka-sasl-secret]"),
        problems(with(gcp, Setting.KAFKA_SASL_SECRET, "team/AmazonMSK_writers")));
    assertEquals(List.of(), problems(with(gcp, Setting.KAFKA_SASL_SECRET, "projects/acme/secrets/kafka-writers")));
    assertEquals(List.of(), problems(kafka(Setting.KAFKA_SASL_SECRET, "team/AmazonMSK_writers")));
    assertEquals(List.of(), problems(with(kafka(Setting.SECRET_CLIENT, null), Setting.KAFKA_SASL_SECRET,
        "arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_writers-AbCdEf")));
  }

  // --- topic names ---

  @Test
  void topicNamesFollowKafkaRules() {
    Setting s = Setting.OPERATION_SUBSCRIPTION_ID;
    String path = s.path().toString();
    assertEquals(List.of(path + ": Invalid [kafka-topic-name]"), problems(kafka(s, "result bus")));
    assertEquals(List.of(path + ": Invalid [kafka-topic-name]"), problems(kafka(s, "..")));
    assertEquals(List.of(path + ": TooLong [kafka-topic-name]"), problems(kafka(s, "r".repeat(250))));
    assertEquals(List.of(), problems(kafka(s, "r".repeat(249))));
    assertEquals(List.of(), problems(kafka(s, "Result_bus.v2-1")));
  }

  @Test
  void namesThatDifferOnlyByDotAndUnderscoreCollide() {
    PersistenceDocument d = kafka(Setting.VECTOR_STORE_SUBSCRIPTION_ID, "result_bus.x");
    d = with(d, Setting.OPERATION_SUBSCRIPTION_ID, "result.bus_x");
    assertEquals(List.of(Setting.VECTOR_STORE_SUBSCRIPTION_ID.path() + ": Invalid [kafka-topic-collision] (warning)"),
        problems(d));
    // The same name twice is one topic, not a collision.
    assertEquals(List.of(), problems(kafka(Setting.OPERATION_SUBSCRIPTION_ID, "result-bus-1")));
  }

  // --- the dead-letter topic ---

  @Test
  void theDlqTopicIsRequired() {
    assertEquals(List.of("common_persistence_specs.kafka_dlq_topic: Required [kafka-dlq-topic]"),
        problems(kafka(Setting.KAFKA_DLQ_TOPIC, null)));
  }

  @Test
  void theDlqTopicIsNotABusTopic() {
    List<FieldProblem> found = kafkaProblems(kafka(Setting.KAFKA_DLQ_TOPIC, "metrics-bus-1"));
    assertEquals(List.of("common_persistence_specs.kafka_dlq_topic: Duplicate [kafka-dlq-topic]"), summary(found));
    assertTrue(found.get(0).message().contains("metrics_bus_subscription_id, metrics_bus_topic_id"),
        found.get(0).message());
  }

  // --- one bus, one topic ---

  @Test
  void theTwoFieldsOfABusNameOneTopic() {
    for (BusPair pair : BusPair.ALL) {
      List<FieldProblem> found = kafkaProblems(kafka(pair.topic(), "another-topic"));
      assertEquals(List.of(pair.topic().path() + ": Invalid [kafka-bus-pair]"), summary(found), pair.toString());
      assertTrue(found.get(0).message().contains(pair.subscription().jsonName()), found.get(0).message());
      found = kafkaProblems(kafka(pair.subscription(), "another-topic"));
      assertEquals(List.of(pair.topic().path() + ": Invalid [kafka-bus-pair]"), summary(found), pair.toString());
    }
  }

  // --- settings of another backend ---

  @Test
  void hpaSpecsUnderKafkaAreAWarningThatNoAutoscalerIsRendered() {
    PersistenceDocument k = kafka(Setting.KAFKA_DLQ_TOPIC, "dlq-1");
    java.util.List<io.bgpersistence.model.WriterSpec> writers = new java.util.ArrayList<>(k.writers());
    writers.set(0, writers.get(0).withHpaSpecs(io.bgpersistence.model.HpaSpecs.builder()
        .hpaPubsubSubscriptionId("result-bus-online-sub").build()));
    List<FieldProblem> found = kafkaProblems(k.withWriters(writers));
    assertEquals(List.of("writers[0].hpa_specs: Forbidden [kafka-no-autoscaler] (warning)"), summary(found));
    assertTrue(!found.get(0).isError());
  }

  @Test
  void everyProblemIsReportedAtOnceInDocumentOrder() {
    PersistenceDocument d = kafka(Setting.KAFKA_DLQ_TOPIC, null);
    d = with(d, Setting.METRICS_BUS_TOPIC_ID, "metrics.bus");
    d = with(d, Setting.KAFKA_BOOTSTRAP_SERVERS, "b-1:99999");
    d = with(d, Setting.KAFKA_SASL_MECHANISM, null);
    assertEquals(List.of(
            "common_persistence_specs.metrics_bus_topic_id: Invalid [kafka-bus-pair]",
            "common_persistence_specs.kafka_dlq_topic: Required [kafka-dlq-topic]",
            BOOTSTRAP + ": Invalid [kafka-bootstrap-servers]",
            MECHANISM + ": Required [kafka-security]"),
        problems(d));
  }
}
