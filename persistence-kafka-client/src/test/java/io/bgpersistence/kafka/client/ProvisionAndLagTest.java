package io.bgpersistence.kafka.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import io.bgpersistence.testing.kafka.KafkaBroker;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
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
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@link KafkaProvisioner} and {@link KafkaLag} against a real Apache Kafka broker (KRaft,
 * SASL_PLAINTEXT + SCRAM-SHA-512, started once for the class on 127.0.0.1), through the settings a
 * document and its credential give, as bpctl uses them.
 */
class ProvisionAndLagTest {
  private static final Duration TIMEOUT = Duration.ofSeconds(20);
  private static KafkaBroker broker;

  @BeforeAll
  static void startBroker() throws Exception {
    broker = KafkaBroker.start();
  }

  @AfterAll
  static void stopBroker() throws Exception {
    if (broker != null) {
      broker.close();
    }
  }

  private static PersistenceDocument pointedAtBroker(PersistenceDocument d) {
    d = SettingValues.with(d, Setting.KAFKA_BOOTSTRAP_SERVERS, broker.saslBootstrap());
    return SettingValues.with(d, Setting.KAFKA_SECURITY_PROTOCOL, "SASL_PLAINTEXT");
  }

  private static SecretValue credential() throws Exception {
    return new SecretValue(new ObjectMapper().writeValueAsString(
        Map.of("username", KafkaBroker.USER, "password", KafkaBroker.PASSWORD)));
  }

  private static KafkaClientSettings settings(PersistenceDocument d) throws Exception {
    return KafkaClientSettings.of(d, Optional.of(credential()));
  }

  private static Set<String> topics() throws Exception {
    try (Admin admin = broker.setupAdmin()) {
      return new TreeSet<>(admin.listTopics().names().get(20, TimeUnit.SECONDS));
    }
  }

  @Test
  void provisioningCreatesExactlyTheMissingTopicsOnceAndPreflightThenPasses() throws Exception {
    // Every documented writer type, with its own topic names so that other tests cannot interfere.
    PersistenceDocument d = pointedAtBroker(SampleDocuments.kafka());
    d = SettingValues.with(d, Setting.KAFKA_DLQ_TOPIC, "prov-dlq");
    try (Admin admin = broker.setupAdmin()) {
      admin.createTopics(List.of(new NewTopic("metrics-bus-1", 3, (short) 1))).all().get(30, TimeUnit.SECONDS);
    }
    Set<String> before = topics();

    TopicPlan plan;
    try (KafkaProvisioner p = KafkaProvisioner.open(settings(d), TIMEOUT)) {
      plan = p.plan(d, new TopicOptions(OptionalInt.of(2), Optional.empty()));
    }
    List<String> expectedCreate = List.of("result-bus-1", "offline-store-streaming-insert-bus-1",
        "offline-store-bulk-insert-bus-1", "usage-bus-1", "query-log-bus-1", "vector-store-bus-1", "prov-dlq");
    assertEquals(new TreeSet<>(expectedCreate), new TreeSet<>(plan.toCreate().stream().map(TopicPlan.Step::topic).toList()),
        plan.toText());
    TopicPlan.Step metrics = plan.steps().stream().filter(s -> s.topic().equals("metrics-bus-1")).findFirst().orElseThrow();
    assertEquals(TopicPlan.Action.EXISTS, metrics.action());
    assertEquals(OptionalInt.of(3), metrics.partitions(), "an existing topic's own partitions, not the option's");
    assertTrue(plan.toText().contains("exists  metrics-bus-1  (3 partitions)"), plan.toText());
    assertTrue(plan.toText().contains("create  prov-dlq  (partitions: 2, replication factor: broker default); "
        + "dead-letter topic"), plan.toText());
    assertEquals(before, topics(), "planning changes nothing");

    try (KafkaProvisioner p = KafkaProvisioner.open(settings(d), TIMEOUT)) {
      assertEquals(expectedCreate.size(), p.apply(plan).size());
      TopicPlan again = p.plan(d, TopicOptions.BROKER_DEFAULTS);
      assertEquals(List.of(), again.toCreate(), again.toText());
      assertEquals(List.of(), p.apply(again), "a second run creates nothing");
      assertEquals(List.of(), p.apply(plan), "an old plan whose topics now exist creates nothing and does not fail");
    }
    Set<String> after = topics();
    after.removeAll(before);
    assertEquals(new TreeSet<>(expectedCreate), after);
    try (Admin admin = broker.setupAdmin()) {
      assertEquals(2, admin.describeTopics(List.of("result-bus-1")).allTopicNames().get(20, TimeUnit.SECONDS)
          .get("result-bus-1").partitions().size(), "--partitions reaches the broker");
      assertEquals(3, admin.describeTopics(List.of("metrics-bus-1")).allTopicNames().get(20, TimeUnit.SECONDS)
          .get("metrics-bus-1").partitions().size(), "an existing topic is not altered");
    }

    List<CheckResult> checks = new KafkaPreflight().run(new PreflightContext(d, TIMEOUT, Optional.of(credential()), Map.of()));
    assertTrue(Preflight.ok(checks) && checks.stream().allMatch(c -> c.status().name().equals("OK")),
        checks.toString());
  }

  @Test
  void aReplicationFactorTheClusterCannotMeetIsRefusedNamingTheTopicAndNothingLeaksTheCredential() throws Exception {
    PersistenceDocument d = SettingValues.with(pointedAtBroker(SampleDocuments.kafkaSeedFilledIn()),
        Setting.KAFKA_DLQ_TOPIC, "rf-dlq");
    try (KafkaProvisioner p = KafkaProvisioner.open(settings(d), TIMEOUT)) {
      TopicPlan plan = p.plan(d, new TopicOptions(OptionalInt.empty(), Optional.of((short) 3)));
      KafkaBusException e = assertThrows(KafkaBusException.class, () -> p.apply(plan));
      assertTrue(e.getMessage().contains("cannot create topic"), e.getMessage());
      assertFalse(e.getMessage().contains(KafkaBroker.PASSWORD));
    }
    assertFalse(topics().contains("rf-dlq"));
  }

  @Test
  void lagIsLogEndMinusCommittedSummedOverPartitionsAndFromTheLogStartWhereNothingIsCommitted() throws Exception {
    // An online writer reads result_bus_online_store_subscription_id; its group is the override.
    PersistenceDocument base = pointedAtBroker(SampleDocuments.kafkaSeedFilledIn());
    PersistenceDocument d = SettingValues.with(base, Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, "lag-topic");
    d = SettingValues.with(d, Setting.METRICS_BUS_SUBSCRIPTION_ID, "never-created");
    WriterSpec online = SampleDocuments.writer("online-writer", "ONLINE_WRITER", "500m", "1Gi", "1", "1Gi")
        .withKafkaConsumerGroupOverride("online-group");
    d = PersistenceDocument.builder().from(d).addWriters(online).build();
    try (Admin admin = broker.setupAdmin()) {
      admin.createTopics(List.of(new NewTopic("lag-topic", 2, (short) 1))).all().get(30, TimeUnit.SECONDS);
      try (var producer = new KafkaProducer<>(settings(d).producer("test"), new StringSerializer(), new StringSerializer())) {
        for (int i = 0; i < 30; i++) {
          producer.send(new ProducerRecord<>("lag-topic", 0, "k", "v" + i));
        }
        for (int i = 0; i < 20; i++) {
          producer.send(new ProducerRecord<>("lag-topic", 1, "k", "v" + i));
        }
        producer.flush();
      }
      admin.alterConsumerGroupOffsets("online-group",
          Map.of(new TopicPartition("lag-topic", 0), new OffsetAndMetadata(5))).all().get(20, TimeUnit.SECONDS);
    }
    try (Admin admin = Admin.create(settings(d).admin("lag-test"))) {
      List<KafkaLag.WriterLag> lags = KafkaLag.ofWriters(admin, d, TIMEOUT);
      assertEquals(List.of("go-metrics-bus-writer", "go-result-bus-metrics-writer", "online-writer"),
          lags.stream().map(KafkaLag.WriterLag::writer).toList());
      KafkaLag.WriterLag lag = lags.get(2);
      assertEquals("online-group", lag.group());
      assertEquals(List.of("lag-topic"), lag.topics());
      assertEquals(OptionalLong.of(25 + 20), lag.lag(), lag.toString());
      // A writer whose topic does not exist: its lag is unknown, and it says why.
      KafkaLag.WriterLag missing = lags.get(0);
      assertEquals(List.of("never-created"), missing.topics());
      assertEquals(OptionalLong.empty(), missing.lag());
      assertTrue(missing.problem().orElseThrow().contains("does not exist"), missing.toString());
    }
  }
}
