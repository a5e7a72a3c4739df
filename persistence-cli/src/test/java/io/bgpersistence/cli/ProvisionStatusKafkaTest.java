package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.testing.kafka.KafkaBroker;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpctl provision} and {@code bpctl status} end to end against a real Apache Kafka broker
 * (KRaft, SASL_PLAINTEXT with a SCRAM-SHA-512 user) that the test starts on 127.0.0.1 and stops at
 * the end. No cluster is configured for these runs: the Kubernetes side of status is SKIP.
 */
class ProvisionStatusKafkaTest {
  private static final String CREDENTIAL =
      "{\"username\": \"" + KafkaBroker.USER + "\", \"password\": \"" + KafkaBroker.PASSWORD + "\"}";
  /** What the shipped example's writers read or publish to, and its DLQ. */
  private static final Set<String> NEEDED = new TreeSet<>(List.of("offline-store-bulk-insert-bus-1",
      "offline-store-streaming-insert-bus-1", "metrics-bus-1", "result-bus-1", "usage-bus-1", "query-log-bus-1",
      "vector-store-bus-1", "dlq-1"));

  private static KafkaBroker broker;

  @TempDir Path tmp;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start();
    // One needed topic exists already, with 3 partitions; another topic is none of the fleet's.
    try (Admin admin = broker.setupAdmin()) {
      admin.createTopics(List.of(new NewTopic("metrics-bus-1", 3, (short) 1), new NewTopic("unrelated", 1, (short) 1)))
          .all().get(30, TimeUnit.SECONDS);
    }
  }

  @AfterAll
  static void stopBroker() throws Exception {
    broker.close();
  }

  @AfterEach
  void restore() {
    LiveOptions.environment = System::getenv;
    StatusCommand.clients = io.bgpersistence.deploy.FleetStatus::configuredClient;
  }

  /** The shipped example, pointed at the test broker. */
  private Path document() throws Exception {
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(Path.of("..", "examples",
        "kafka-example.json")));
    doc.put("kafka_bootstrap_servers", broker.saslBootstrap());
    doc.put("kafka_security_protocol", "SASL_PLAINTEXT");
    return Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.mapper().writeValueAsString(doc));
  }

  private static Set<String> topics() throws Exception {
    try (Admin admin = broker.setupAdmin()) {
      return new TreeSet<>(admin.listTopics().names().get(20, TimeUnit.SECONDS));
    }
  }

  private static List<String> lines(String out, String prefix) {
    return out.lines().filter(l -> l.startsWith(prefix)).toList();
  }

  @Test
  void provisionThenPreflightThenLagAsAUserRunsThem() throws Exception {
    String file = document().toString();
    String secret = Files.writeString(tmp.resolve("secret.json"), CREDENTIAL).toString();
    StatusCommand.clients = timeout -> Optional.empty();  // no cluster here
    List<String> all = new ArrayList<>();

    Set<String> before = topics();
    CliRun dry = CliRun.of("provision", file, "--dry-run", "--partitions", "2", "--sasl-secret-file", secret);
    all.add(dry.out() + dry.err());
    assertEquals(0, dry.exitCode(), dry.out() + dry.err());
    assertEquals(7, lines(dry.out(), "create").size(), dry.out());
    assertEquals(List.of("exists  metrics-bus-1  (3 partitions); read by metrics-bus-writer, go-metrics-bus-writer; "
        + "written by metrics-writer, go-result-bus-metrics-writer"), lines(dry.out(), "exists"));
    assertTrue(dry.out().endsWith("dry run: 7 topics would be created; nothing was changed\n"), dry.out());
    assertEquals(before, topics(), "a dry run changes nothing");

    CliRun first = CliRun.of("provision", file, "--partitions", "2", "--sasl-secret-file", secret);
    all.add(first.out() + first.err());
    assertEquals(0, first.exitCode(), first.out() + first.err());
    assertTrue(first.out().endsWith("created 7 topics\n"), first.out());
    Set<String> added = topics();
    added.removeAll(before);
    Set<String> missingBefore = new TreeSet<>(NEEDED);
    missingBefore.removeAll(before);
    assertEquals(missingBefore, added, "exactly the missing needed topics and the DLQ");

    LiveOptions.environment = Map.of(SaslSecretOption.ENV, CREDENTIAL)::get;
    CliRun second = CliRun.of("provision", file);
    all.add(second.out() + second.err());
    assertEquals(0, second.exitCode(), second.out() + second.err());
    assertEquals(List.of(), lines(second.out(), "create"), second.out());
    assertEquals(8, lines(second.out(), "exists").size(), second.out());
    assertTrue(second.out().contains("exists  result-bus-1  (2 partitions)"), second.out());
    assertTrue(second.out().endsWith("nothing to create\n"), second.out());
    assertEquals(NEEDED.size() + 1, topics().stream().filter(t -> !t.startsWith("__")).count());

    CliRun preflight = CliRun.of("preflight", file, "--timeout", "20");
    all.add(preflight.out() + preflight.err());
    List<String> kafkaLines = lines(preflight.out(), "").stream().filter(l -> l.contains(" kafka.")).toList();
    assertEquals(10, kafkaLines.size(), preflight.out());
    assertTrue(kafkaLines.stream().allMatch(l -> l.startsWith("ok ")), preflight.out());

    // 50 messages on the online writer's topic (all on partition 0), and its group committed 20.
    try (Admin admin = broker.setupAdmin()) {
      Map<String, Object> props = Map.of("bootstrap.servers", admin.describeCluster().nodes().get(20, TimeUnit.SECONDS)
          .iterator().next().host() + ":" + admin.describeCluster().nodes().get(20, TimeUnit.SECONDS).iterator().next().port());
      try (var producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 50; i++) {
          producer.send(new ProducerRecord<>("result-bus-1", 0, "k", "result " + i));
        }
        producer.flush();
      }
      admin.alterConsumerGroupOffsets("online-writer", Map.of(new TopicPartition("result-bus-1", 0),
          new OffsetAndMetadata(20))).all().get(20, TimeUnit.SECONDS);
    }
    CliRun status = CliRun.of("status", file, "--format", "json");
    all.add(status.out() + status.err());
    assertEquals(0, status.exitCode(), status.out() + status.err());
    JsonNode writers = PersistenceJson.mapper().readTree(status.out()).get("writers");
    List<String> names = new ArrayList<>();
    writers.forEach(w -> names.add(w.get("name").asText()));
    assertEquals(List.of("online-writer", "metrics-writer", "go-result-bus-metrics-writer", "metrics-bus-writer",
        "go-metrics-bus-writer", "offline-writer", "offline-store-streaming-insert-writer",
        "bigquery-streaming-write-loader", "offline-store-bulk-insert-writer", "usage-bus-writer", "query-mirror-consumer",
        "online-vector-store-writer"), names, "document order");
    JsonNode online = writers.get(0);
    assertEquals(30, online.get("lag").asLong(), status.out());
    assertEquals("online-writer", online.get("bus").get("consumer_group").asText());
    assertEquals("SKIP", online.get("kubernetes").get("status").asText());
    // A writer of the same topic whose group committed nothing counts from the log start.
    JsonNode offline = writers.get(5);
    assertEquals(50, offline.get("lag").asLong(), status.out());

    CliRun behind = CliRun.of("status", file, "--max-lag", "40");
    all.add(behind.out() + behind.err());
    assertEquals(1, behind.exitCode(), behind.out());
    assertTrue(behind.out().startsWith("SKIP kubernetes (every writer): no cluster configured (no kubeconfig, "
        + "KUBECONFIG or in-cluster service account)\n"), behind.out());
    assertTrue(behind.out().contains("\nok   online-writer: lag 30 (group online-writer on result-bus-1)\n"), behind.out());
    assertTrue(behind.out().contains("\nFAIL offline-writer: lag 50 (group offline-writer on result-bus-1), more than "
        + "--max-lag 40\n"), behind.out());

    assertFalse(String.join("\n", all).contains(KafkaBroker.PASSWORD), "the password is never printed");
  }

  @Test
  void withoutACredentialProvisionSaysHowToGiveOneAndExits2() throws Exception {
    LiveOptions.environment = name -> null;
    CliRun run = CliRun.of("provision", document().toString(), "--dry-run");
    assertEquals(2, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
    assertTrue(run.err().contains("--sasl-secret-file") && run.err().contains(SaslSecretOption.ENV), run.err());
  }

  @Test
  void aBrokerThatRefusesTheConnectionIsSaidSoAtOnceByEveryCommand() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(document()));
    doc.put("kafka_bootstrap_servers", "127.0.0.1:" + closed);
    String file = Files.writeString(tmp.resolve("refused.json"), doc.toString()).toString();
    String secret = Files.writeString(tmp.resolve("secret.json"), CREDENTIAL).toString();
    String why = "no bootstrap server could be reached: 127.0.0.1:" + closed + " (Connection refused)";

    CliRun provision = CliRun.of("provision", file, "--dry-run", "--sasl-secret-file", secret, "--timeout", "30");
    assertEquals("bpctl provision: " + why, provision.err().strip());
    StatusCommand.clients = timeout -> Optional.empty();  // no cluster here
    CliRun status = CliRun.of("status", file, "--sasl-secret-file", secret, "--timeout", "30");
    assertEquals("FAIL bus (every writer): lag unknown: " + why, status.out().lines().toList().get(1));
    CliRun preflight = CliRun.of("preflight", file, "--sasl-secret-file", secret, "--timeout", "30");
    assertEquals("FAIL kafka.brokers: " + why, preflight.out().lines().findFirst().orElse(""));
  }

  @Test
  void brokersWhoseNamesDoNotResolveAreSaidSoOnceForEveryWriter() throws Exception {
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(document()));
    doc.put("kafka_bootstrap_servers", "b-1.no-such-broker.invalid:9096");  // .invalid never resolves
    String file = Files.writeString(tmp.resolve("unresolvable.json"), doc.toString()).toString();
    String secret = Files.writeString(tmp.resolve("secret.json"), CREDENTIAL).toString();
    String why = "no bootstrap server could be reached: b-1.no-such-broker.invalid:9096 (the host name does not resolve in DNS)";

    CliRun provision = CliRun.of("provision", file, "--dry-run", "--sasl-secret-file", secret);
    assertEquals(1, provision.exitCode(), provision.out() + provision.err());
    assertEquals("bpctl provision: " + why, provision.err().strip());

    StatusCommand.clients = timeout -> Optional.empty();  // no cluster here
    CliRun status = CliRun.of("status", file, "--sasl-secret-file", secret);
    assertEquals(1, status.exitCode(), status.out() + status.err());
    List<String> lines = status.out().lines().toList();
    assertEquals("FAIL bus (every writer): lag unknown: " + why, lines.get(1));
    assertTrue(lines.subList(2, lines.size()).stream().allMatch(l -> l.startsWith("FAIL ") && l.endsWith(": as above")),
        status.out());
  }

  @Test
  void optionsOutOfRangeAreUsageErrors() throws Exception {
    String file = document().toString();
    assertEquals(2, CliRun.of("provision", file, "--partitions", "0").exitCode());
    assertEquals(2, CliRun.of("provision", file, "--ack-deadline", "60").exitCode(), "a Pub/Sub option for Kafka");
    assertEquals(2, CliRun.of("status", file, "--max-lag", "-1").exitCode());
  }
}
