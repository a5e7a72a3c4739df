package io.bgpersistence.kafka.client;

import io.bgpersistence.testing.kafka.KafkaBroker;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.Setting;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ScramCredentialInfo;
import org.apache.kafka.clients.admin.ScramMechanism;
import org.apache.kafka.clients.admin.UserScramCredentialUpsertion;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Against a real Apache Kafka broker (KRaft, SASL_PLAINTEXT + SCRAM-SHA-512, started once for the
 * class on 127.0.0.1): the Properties a document gives authenticate and work, and preflight tells
 * present topics, missing topics, a missing DLQ and a wrong password apart.
 */
class RealBrokerTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(15);
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start();
    // The seed's two writers read metrics-bus-1 and result-bus-1 and publish to metrics-bus-1.
    broker.createTopics("metrics-bus-1", "result-bus-1", "dlq-present");
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  /** The seed example's fleet, pointed at the test broker: DLQ dlq-1, which does not exist. */
  private static PersistenceDocument document() {
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafkaSeedFilledIn(), Setting.KAFKA_BOOTSTRAP_SERVERS,
        broker.saslBootstrap());
    return SettingValues.with(d, Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT");
  }

  private static SecretValue credential(String user, String password) throws Exception {
    return new SecretValue(JSON.writeValueAsString(Map.of("username", user, "password", password)));
  }

  private static List<CheckResult> preflight(PersistenceDocument d, Optional<SecretValue> credential) {
    return new KafkaPreflight().run(new PreflightContext(d, TIMEOUT, credential, Map.of()));
  }

  private static Map<String, CheckStatus> statusByName(List<CheckResult> results) {
    return results.stream().collect(Collectors.toMap(CheckResult::name, CheckResult::status,
        (a, b) -> { throw new AssertionError("two lines of one name: " + results); }, java.util.LinkedHashMap::new));
  }

  private static CheckResult line(List<CheckResult> results, String name) {
    return results.stream().filter(r -> r.name().equals(name)).findFirst()
        .orElseThrow(() -> new AssertionError("no line " + name + " in " + results));
  }

  @Test
  void propertiesFromTheDocumentAuthenticateAndListTopics() throws Exception {
    KafkaClientSettings settings = KafkaClientSettings.of(document(),
        Optional.of(credential(KafkaBroker.USER, KafkaBroker.PASSWORD)));
    try (Admin admin = Admin.create(settings.admin("rules-test"))) {
      Set<String> topics = admin.listTopics().names().get(20, TimeUnit.SECONDS);
      assertTrue(topics.containsAll(Set.of("metrics-bus-1", "result-bus-1")), topics.toString());
    }
  }

  @Test
  void producerAndConsumerPropertiesCarryAMessageAsTheWritersWould() throws Exception {
    KafkaClientSettings settings = KafkaClientSettings.of(document(),
        Optional.of(credential(KafkaBroker.USER, KafkaBroker.PASSWORD)));
    try (var producer = new KafkaProducer<>(settings.producer("go-result-bus-metrics-writer"),
        new StringSerializer(), new StringSerializer())) {
      producer.send(new ProducerRecord<>("result-bus-1", "k", "a query result")).get(20, TimeUnit.SECONDS);
    }
    var consumerProps = settings.consumer("go-metrics-bus-writer");
    consumerProps.put("auto.offset.reset", "earliest");
    try (var consumer = new KafkaConsumer<>(consumerProps, new StringDeserializer(), new StringDeserializer())) {
      consumer.subscribe(List.of("result-bus-1"));
      String got = null;
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
      while (got == null && System.nanoTime() < deadline) {
        ConsumerRecords<String, String> records = consumer.poll(Duration.ofMillis(500));
        for (ConsumerRecord<String, String> r : records) {
          got = r.value();
        }
      }
      assertEquals("a query result", got);
      consumer.commitSync();
    }
    try (Admin admin = broker.setupAdmin()) {
      var groups = admin.listGroups().all().get(20, TimeUnit.SECONDS).stream()
          .map(g -> g.groupId()).toList();
      assertTrue(groups.contains("go-metrics-bus-writer"), "the writer's consumer group: " + groups);
    }
  }

  @Test
  void aPasswordWithQuotesBackslashesAndSemicolonsAuthenticates() throws Exception {
    String user = "tricky-user";
    String password = "p\"a\\ss;w=o}rd {x} 'é' \\\" end\\";
    try (Admin admin = broker.setupAdmin()) {
      admin.alterUserScramCredentials(List.of(new UserScramCredentialUpsertion(user,
          new ScramCredentialInfo(ScramMechanism.SCRAM_SHA_512, 4096), password))).all().get(20, TimeUnit.SECONDS);
    }
    List<CheckResult> results = List.of();
    // The new credential reaches the broker's cache shortly after the controller accepts it.
    for (int attempt = 0; attempt < 20; attempt++) {
      results = preflight(document(), Optional.of(credential(user, password)));
      if (line(results, KafkaChecks.AUTHENTICATION).status() == CheckStatus.OK) {
        break;
      }
      Thread.sleep(250);
    }
    assertEquals(CheckStatus.OK, line(results, KafkaChecks.AUTHENTICATION).status(), results.toString());
  }

  @Test
  void aWrongPasswordIsReportedAsAnAuthenticationFailure() throws Exception {
    String wrong = "not-the-Pa55word";
    List<CheckResult> results = preflight(document(), Optional.of(credential(KafkaBroker.USER, wrong)));
    CheckResult auth = line(results, KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.FAIL, auth.status(), results.toString());
    assertTrue(auth.detail().startsWith("authentication failed for user " + KafkaBroker.USER + " with SCRAM-SHA-512"),
        auth.detail());
    assertEquals(CheckStatus.OK, line(results, BrokersCheck.NAME).status());
    assertEquals(CheckStatus.SKIP, line(results, TopicsCheck.topicLine("metrics-bus-1")).status());
    assertFalse(results.toString().contains(wrong), "the password is never printed");
    assertFalse(Preflight.ok(results));
  }

  @Test
  void presentTopicsAreOkAndAMissingTopicAndAMissingDlqFailByName() throws Exception {
    // An offline writer publishes to offline-store-streaming-insert-bus-1, which does not exist.
    PersistenceDocument d = PersistenceDocument.builder().from(document())
        .addWriters(SampleDocuments.writer("offline-writer", "OFFLINE_WRITER", "500m", "1Gi", "1", "1Gi"))
        .build();
    List<CheckResult> results = preflight(d, Optional.of(credential(KafkaBroker.USER, KafkaBroker.PASSWORD)));
    String missing = "offline-store-streaming-insert-bus-1";
    assertEquals(List.of(
            BrokersCheck.NAME + "=OK",
            KafkaChecks.AUTHENTICATION + "=OK",
            "kafka.topic[metrics-bus-1]=OK",
            "kafka.topic[result-bus-1]=OK",
            "kafka.topic[" + missing + "]=FAIL",
            "kafka.dlq-topic[dlq-1]=FAIL"),
        statusByName(results).entrySet().stream().map(e -> e.getKey() + "=" + e.getValue()).toList());
    assertTrue(line(results, TopicsCheck.topicLine(missing)).detail().contains("\"" + missing + "\" does not exist"));
    assertTrue(line(results, TopicsCheck.topicLine(missing)).detail().contains("written by offline-writer"));
    assertTrue(line(results, TopicsCheck.dlqLine("dlq-1")).detail().contains("\"dlq-1\" does not exist"));
    assertFalse(Preflight.ok(results));
  }

  @Test
  void everythingInPlacePassesThroughTheServiceLoadedPreflight() throws Exception {
    PersistenceDocument d = SettingValues.with(document(), Setting.KAFKA_DLQ_TOPIC, "dlq-present");
    SecretValue secret = credential(KafkaBroker.USER, KafkaBroker.PASSWORD);
    List<CheckResult> results = Preflight.standard()
        .run(new PreflightContext(d, TIMEOUT, Optional.of(secret), Map.of()));
    List<String> lines = results.stream().map(CheckResult::toLine).toList();
    assertTrue(Preflight.ok(results), String.join("\n", lines));
    assertTrue(lines.contains("ok   kafka.topic[metrics-bus-1]: exists; read by go-metrics-bus-writer; "
        + "written by go-result-bus-metrics-writer"), String.join("\n", lines));
    assertTrue(lines.contains("ok   kafka.dlq-topic[dlq-present]: exists"), String.join("\n", lines));
    assertTrue(line(results, KafkaChecks.AUTHENTICATION).detail()
        .startsWith("authenticated as " + KafkaBroker.USER + " with SCRAM-SHA-512"));
    assertFalse(String.join("\n", lines).contains(KafkaBroker.PASSWORD));
  }

  @Test
  void withoutACredentialAuthenticationAndTopicsAreSkippedSayingHowToGiveOne() {
    List<CheckResult> results = preflight(document(), Optional.empty());
    assertEquals(CheckStatus.OK, line(results, BrokersCheck.NAME).status());
    CheckResult auth = line(results, KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.SKIP, auth.status());
    assertTrue(auth.detail().contains("--sasl-secret-file") && auth.detail().contains("BPCTL_KAFKA_SASL_SECRET"));
    assertTrue(results.stream().skip(2).allMatch(r -> r.status() == CheckStatus.SKIP), results.toString());
  }

  @Test
  void aCredentialThatIsNotTheExpectedJsonFailsWithoutEchoingIt() {
    String notJson = "username=bgp-writer password=hunter2";
    List<CheckResult> results = preflight(document(), Optional.of(new SecretValue(notJson)));
    CheckResult auth = line(results, KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.FAIL, auth.status());
    assertTrue(auth.detail().contains("{\"username\": \"...\", \"password\": \"...\"}"), auth.detail());
    assertFalse(results.toString().contains("hunter2"));
  }

  @Test
  void unreachableBrokersFailWithinTheTimeout() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    PersistenceDocument d = SettingValues.with(document(), Setting.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:" + closed);
    long start = System.nanoTime();
    List<CheckResult> results = new KafkaPreflight().run(new PreflightContext(d, Duration.ofSeconds(2),
        Optional.of(credential(KafkaBroker.USER, KafkaBroker.PASSWORD)), Map.of()));
    long millis = TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - start);
    CheckResult brokers = line(results, BrokersCheck.NAME);
    assertEquals(CheckStatus.FAIL, brokers.status());
    assertTrue(brokers.detail().contains("127.0.0.1:" + closed), brokers.detail());
    assertTrue(millis < 5000, "took " + millis + " ms");
    assertTrue(results.stream().skip(1).allMatch(r -> r.status() == CheckStatus.SKIP), results.toString());
    assertEquals("not checked: " + BrokersCheck.NAME + " failed", line(results, KafkaChecks.AUTHENTICATION).detail());
  }

  @Test
  void oneUnreachableBootstrapServerOfTwoIsNamedAndTheOtherServes() throws Exception {
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    PersistenceDocument d = SettingValues.with(document(), Setting.KAFKA_BOOTSTRAP_SERVERS,
        "127.0.0.1:" + closed + ", " + broker.saslBootstrap());
    List<CheckResult> results = preflight(d, Optional.of(credential(KafkaBroker.USER, KafkaBroker.PASSWORD)));
    CheckResult brokers = line(results, BrokersCheck.NAME);
    assertEquals(CheckStatus.OK, brokers.status());
    assertTrue(brokers.detail().contains("not reachable: 127.0.0.1:" + closed), brokers.detail());
    assertEquals(CheckStatus.OK, line(results, KafkaChecks.AUTHENTICATION).status(), results.toString());
  }

  @Test
  void mechanismsBpctlCannotLogInWithAreSkippedSayingWhy() throws Exception {
    SecretValue secret = credential(KafkaBroker.USER, KafkaBroker.PASSWORD);
    PersistenceDocument oauth = SettingValues.with(document(), Setting.KAFKA_SASL_MECHANISM, "OAUTHBEARER");
    CheckResult auth = line(preflight(oauth, Optional.of(secret)), KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.SKIP, auth.status());
    assertTrue(auth.detail().contains("cannot log in with OAUTHBEARER"), auth.detail());
    PersistenceDocument iam = SettingValues.with(SettingValues.with(document(), Setting.KAFKA_SASL_MECHANISM, "AWS_MSK_IAM"),
        Setting.KAFKA_SECURITY_PROTOCOL, "SASL_SSL");
    List<CheckResult> results = preflight(iam, Optional.empty());
    auth = line(results, KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.SKIP, auth.status());
    assertTrue(auth.detail().contains("aws-msk-iam-auth"), auth.detail());
    assertTrue(Preflight.ok(results));
  }

  @Test
  void anUnknownProtocolIsAFailureNotAMissingCredential() {
    PersistenceDocument d = SettingValues.with(document(), Setting.KAFKA_SECURITY_PROTOCOL, "SASL_TLS");
    CheckResult auth = line(preflight(d, Optional.empty()), KafkaChecks.AUTHENTICATION);
    assertEquals(CheckStatus.FAIL, auth.status());
    assertTrue(auth.detail().contains("SASL_TLS"), auth.detail());
  }
}
