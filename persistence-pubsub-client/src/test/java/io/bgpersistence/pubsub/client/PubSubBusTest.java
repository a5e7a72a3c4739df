package io.bgpersistence.pubsub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.pubsub.v1.Subscription;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Provisioning and per-writer status against {@link StandInPubSub}, a local gRPC server that STANDS
 * IN FOR GOOGLE'S PUB/SUB SERVICE (Google's emulator cannot be installed here), reached through
 * Google's own admin clients exactly as {@code --pubsub-endpoint HOST:PORT} reaches an emulator.
 */
class PubSubBusTest {
  private static final String P = "projects/acme-features-prod";
  private static final String METRICS_TOPIC = P + "/topics/metrics-bus";
  private static final String METRICS_SUB = P + "/subscriptions/metrics-bus-sub";
  private static final String RESULT_TOPIC = P + "/topics/result-bus";
  private static final String DEAD_LETTER = P + "/topics/writers-dead-letter";

  private final StandInPubSub pubsub = new StandInPubSub();

  @AfterEach
  void stop() throws InterruptedException {
    pubsub.close();
  }

  private PubSubBus bus() {
    try {
      return PubSubBus.open(Optional.of(pubsub.endpoint()), Duration.ofSeconds(10));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static PersistenceDocument withoutResultTopic() {
    PersistenceDocument d = SampleDocuments.pubsub();
    return PersistenceDocument.builder().from(d)
        .commonPersistenceSpecs(new CommonPersistenceSpecs.Builder().from(d.specs()).resultBusTopicId(Optional.empty())
            .build())
        .build();
  }

  private static final ProvisionOptions WITH_OPTIONS = new ProvisionOptions(Optional.empty(), Optional.empty(),
      new SubscriptionOptions(OptionalInt.of(60), Optional.of(Duration.ofDays(1)), Optional.of("writers-dead-letter"), 7));

  @Test
  void provisioningCreatesTheMissingTopicsAndAttachedSubscriptionsOnceAndPreflightThenPasses() {
    pubsub.topic(METRICS_TOPIC).subscription(METRICS_SUB, METRICS_TOPIC);
    PersistenceDocument d = SampleDocuments.pubsub();
    ResourcePlan plan;
    try (PubSubBus bus = bus()) {
      plan = bus.plan(d, WITH_OPTIONS);
    }
    assertEquals(List.of(), plan.problems(), plan.toText());
    assertEquals(Set.of(METRICS_TOPIC), pubsub.topicNames(), "planning (a dry run) creates nothing");
    assertEquals(Set.of(METRICS_SUB), pubsub.subscriptionNames());
    assertTrue(plan.toText().contains("exists  subscription  " + METRICS_SUB + " -> " + METRICS_TOPIC
        + "  (metrics_bus_subscription_id)"), plan.toText());
    assertTrue(plan.toText().contains("create  subscription  " + P + "/subscriptions/result-bus-online-store-sub -> "
        + RESULT_TOPIC + "  (result_bus_online_store_subscription_id; ack deadline 60 s, retention 86400 s, "
        + "dead-letter topic " + DEAD_LETTER + " after 7 attempts)"), plan.toText());

    List<String> created;
    try (PubSubBus bus = bus()) {
      created = bus.apply(plan);
    }
    Set<String> expectedTopics = new TreeSet<>(List.of(METRICS_TOPIC, RESULT_TOPIC, DEAD_LETTER,
        P + "/topics/offline-store-streaming-insert-bus"));
    assertEquals(expectedTopics, pubsub.topicNames(), plan.toText());
    assertEquals(pubsub.topicNames().size() - 1 + pubsub.subscriptionNames().size() - 1, created.size());
    Subscription online = pubsub.subscriptionNamed(P + "/subscriptions/result-bus-online-store-sub").orElseThrow();
    assertEquals(RESULT_TOPIC, online.getTopic());
    assertEquals(60, online.getAckDeadlineSeconds());
    assertEquals(86400, online.getMessageRetentionDuration().getSeconds());
    assertEquals(DEAD_LETTER, online.getDeadLetterPolicy().getDeadLetterTopic());
    assertEquals(7, online.getDeadLetterPolicy().getMaxDeliveryAttempts());

    try (PubSubBus bus = bus()) {
      ResourcePlan again = bus.plan(d, WITH_OPTIONS);
      assertEquals(List.of(), again.toCreate(), again.toText());
      assertEquals(List.of(), bus.apply(again), "a second run creates nothing");
      assertEquals(List.of(), bus.apply(plan), "an old plan whose resources exist now creates nothing, without error");
      assertTrue(bus.writers(d, ProvisionOptions.DEFAULTS).stream().allMatch(w -> w.status() == CheckStatus.OK));
    }
    List<CheckResult> checks = new PubSubPreflight(name -> null).run(new PreflightContext(
        d, Duration.ofSeconds(10), Optional.empty(), Map.of(PubSubPreflight.ENDPOINT_OPTION, pubsub.endpoint())));
    assertTrue(checks.stream().allMatch(c -> c.status() == CheckStatus.OK), checks.toString());
  }

  @Test
  void withoutResultBusTopicIdTheResultSubscriptionsNeedTheResultTopicOption() {
    PersistenceDocument d = withoutResultTopic();
    try (PubSubBus bus = bus()) {
      ResourcePlan without = bus.plan(d, ProvisionOptions.DEFAULTS);
      assertEquals(Set.of(P + "/subscriptions/result-bus-metrics-sub", P + "/subscriptions/result-bus-offline-store-sub",
              P + "/subscriptions/result-bus-online-store-sub"),
          new TreeSet<>(without.problems().stream().map(ResourcePlan.Step::name).toList()), without.toText());
      assertTrue(without.problems().get(0).toLine().contains("set result_bus_topic_id in the document or give "
          + "--result-topic"), without.toText());

      ResourcePlan with = bus.plan(d, new ProvisionOptions(Optional.of("platform-results"), Optional.empty(),
          SubscriptionOptions.DEFAULTS));
      assertEquals(List.of(), with.problems(), with.toText());
      bus.apply(with);
    }
    assertEquals(P + "/topics/platform-results",
        pubsub.subscriptionNamed(P + "/subscriptions/result-bus-metrics-sub").orElseThrow().getTopic());
  }

  @Test
  void anExistingSubscriptionOnAnotherTopicIsAConflictLeftAsItIsAndStatusSaysSo() {
    pubsub.topic(METRICS_TOPIC).topic(P + "/topics/elsewhere").subscription(METRICS_SUB, P + "/topics/elsewhere");
    PersistenceDocument d = SampleDocuments.pubsub();
    try (PubSubBus bus = bus()) {
      ResourcePlan plan = bus.plan(d, ProvisionOptions.DEFAULTS);
      assertEquals(List.of(METRICS_SUB), plan.problems().stream().map(ResourcePlan.Step::name).toList());
      assertEquals(ResourcePlan.Action.CONFLICT, plan.problems().get(0).action());
      bus.apply(plan);
      List<PubSubBus.WriterSubscription> writers = bus.writers(d, ProvisionOptions.DEFAULTS);
      assertEquals(List.of("online-writer", "go-result-bus-metrics-writer", "go-metrics-bus-writer", "offline-writer",
          "bigquery-streaming-write-loader"), writers.stream().map(PubSubBus.WriterSubscription::writer).toList());
      PubSubBus.WriterSubscription metrics = writers.get(2);
      assertEquals(CheckStatus.FAIL, metrics.status());
      assertEquals("subscription reads " + P + "/topics/elsewhere, not " + METRICS_TOPIC + " (metrics_bus_topic_id)",
          metrics.detail());
    }
    assertEquals(P + "/topics/elsewhere", pubsub.subscriptionNamed(METRICS_SUB).orElseThrow().getTopic(),
        "an existing subscription is never changed");
  }

  @Test
  void statusOfAWriterWhoseSubscriptionIsMissingFailsNamingTheField() {
    try (PubSubBus bus = bus()) {
      PubSubBus.WriterSubscription online = bus.writers(SampleDocuments.pubsub(), ProvisionOptions.DEFAULTS).get(0);
      assertEquals(CheckStatus.FAIL, online.status());
      assertEquals(Optional.of(P + "/subscriptions/result-bus-online-store-sub"), online.subscription());
      assertTrue(online.detail().contains("does not exist (result_bus_online_store_subscription_id"), online.detail());
    }
  }
}
