package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.testing.kafka.KafkaBroker;
import io.bgpersistence.model.PersistenceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpctl preflight} end to end against a real Apache Kafka broker (KRaft, SASL_PLAINTEXT with
 * a SCRAM-SHA-512 user) that the test starts on 127.0.0.1 and stops at the end.
 */
class PreflightCommandKafkaTest {
  /**
   * Every topic the shipped example's writers read or publish to (its operation bus has no reader
   * among the writer types, so preflight does not ask for it); its DLQ is dlq-1.
   */
  private static final String[] BUS_TOPICS = {"offline-store-bulk-insert-bus-1",
      "offline-store-streaming-insert-bus-1", "metrics-bus-1", "result-bus-1",
      "usage-bus-1", "query-log-bus-1", "vector-store-bus-1"};
  private static final String CREDENTIAL =
      "{\"username\": \"" + KafkaBroker.USER + "\", \"password\": \"" + KafkaBroker.PASSWORD + "\"}";

  private static KafkaBroker broker;

  @TempDir Path tmp;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start();
    broker.createTopics(BUS_TOPICS);
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @AfterEach
  void restoreEnvironment() {
    LiveOptions.environment = System::getenv;
  }

  /** The shipped example, pointed at the test broker. */
  private Path document(String dlqTopic) throws Exception {
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(Path.of("..", "examples", "kafka-example.json")));
    doc.put("kafka_bootstrap_servers", broker.saslBootstrap());
    doc.put("kafka_security_protocol", "SASL_PLAINTEXT");
    ((ObjectNode) doc.get("common_persistence_specs")).put("kafka_dlq_topic", dlqTopic);
    return Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.mapper().writeValueAsString(doc));
  }

  @Test
  void withTheRightCredentialEveryPresentTopicIsOkAndTheMissingDlqFails() throws Exception {
    Path secret = Files.writeString(tmp.resolve("secret.json"), CREDENTIAL);
    CliRun run = CliRun.of("preflight", document("dlq-missing").toString(), "--sasl-secret-file", secret.toString(),
        "--timeout", "20");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().contains("ok   kafka.brokers"), run.out());
    assertTrue(run.out().contains("ok   kafka.authentication"), run.out());
    for (String topic : BUS_TOPICS) {
      assertTrue(run.out().contains("ok   kafka.topic[" + topic + "]"), topic + "\n" + run.out());
    }
    assertTrue(run.out().contains("FAIL kafka.dlq-topic[dlq-missing]"), run.out());
    assertFalse((run.out() + run.err()).contains(KafkaBroker.PASSWORD), "the password is never printed");
  }

  @Test
  void everythingPresentPassesWithTheCredentialFromTheEnvironment() throws Exception {
    broker.createTopics("dlq-present");
    LiveOptions.environment = Map.of(SaslSecretOption.ENV, CREDENTIAL)::get;
    CliRun run = CliRun.of("preflight", document("dlq-present").toString(), "--timeout", "20");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertFalse(run.out().contains("FAIL"), run.out());
    assertTrue(run.out().contains("ok   kafka.dlq-topic[dlq-present]"), run.out());
  }

  @Test
  void aWrongPasswordIsReportedAsAnAuthenticationFailure() throws Exception {
    String wrong = "{\"username\": \"" + KafkaBroker.USER + "\", \"password\": \"not-the-Pa55word\"}";
    LiveOptions.environment = Map.of(SaslSecretOption.ENV, wrong)::get;
    CliRun run = CliRun.of("preflight", document("dlq-1").toString(), "--timeout", "20");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    assertTrue(run.out().lines().anyMatch(l -> l.startsWith("FAIL kafka.authentication") && l.contains("authentication")),
        run.out());
    assertFalse((run.out() + run.err()).contains("not-the-Pa55word"), "the password is never printed");
  }

  @Test
  void anInvalidDocumentIsRefusedBeforeAnyLiveCheck() throws Exception {
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(document("dlq-1")));
    doc.put("kafka_bootstrap_servers", "no-port-here");
    Path file = Files.writeString(tmp.resolve("invalid.json"), PersistenceJson.mapper().writeValueAsString(doc));
    CliRun run = CliRun.of("preflight", file.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("kafka_bootstrap_servers: Invalid"), run.err());
  }
}
