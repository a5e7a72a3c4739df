package io.bgpersistence.pubsub.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Preflight against {@link StandInPubSub}, a local gRPC server that STANDS IN FOR GOOGLE'S PUB/SUB
 * SERVICE (the emulator cannot be installed here), reached through Google's own client exactly as
 * {@code bpctl preflight --pubsub-endpoint HOST:PORT} reaches an emulator.
 */
class PubSubPreflightTest {
  /** The project of the sample Pub/Sub document. */
  private static final String PROJECT = "acme-features-prod";
  private static final String P = "projects/" + PROJECT;
  private static final String STREAMING_TOPIC = P + "/topics/offline-store-streaming-insert-bus";
  private static final String STREAMING_SUB = P + "/subscriptions/offline-store-streaming-insert-bus-sub";
  private static final String METRICS_TOPIC = P + "/topics/metrics-bus";
  private static final String METRICS_SUB = P + "/subscriptions/metrics-bus-sub";
  /** The platform's result topic: the document does not name it. */
  private static final String RESULT_TOPIC = P + "/topics/result-bus";
  private static final String RESULT_METRICS_SUB = P + "/subscriptions/result-bus-metrics-sub";
  private static final String RESULT_OFFLINE_SUB = P + "/subscriptions/result-bus-offline-store-sub";
  private static final String RESULT_ONLINE_SUB = P + "/subscriptions/result-bus-online-store-sub";

  private final StandInPubSub pubsub = new StandInPubSub();

  /** The valid sample with its shared settings changed. */
  private static PersistenceDocument withSpecs(UnaryOperator<CommonPersistenceSpecs.Builder> change) {
    PersistenceDocument d = SampleDocuments.pubsub();
    CommonPersistenceSpecs specs = change.apply(new CommonPersistenceSpecs.Builder().from(d.specs())).build();
    return PersistenceDocument.builder().from(d).commonPersistenceSpecs(specs).build();
  }

  @AfterEach
  void stop() throws InterruptedException {
    pubsub.close();
  }

  /** Everything the sample fleet needs, attached as the registry expects. */
  private StandInPubSub complete() {
    return pubsub.topic(STREAMING_TOPIC).topic(METRICS_TOPIC).topic(RESULT_TOPIC)
        .subscription(STREAMING_SUB, STREAMING_TOPIC)
        .subscription(METRICS_SUB, METRICS_TOPIC)
        .subscription(RESULT_METRICS_SUB, RESULT_TOPIC)
        .subscription(RESULT_OFFLINE_SUB, RESULT_TOPIC)
        .subscription(RESULT_ONLINE_SUB, RESULT_TOPIC);
  }

  private List<String> run(PersistenceDocument d) {
    return lines(new PubSubPreflight(name -> null).run(context(d, pubsub.endpoint())));
  }

  private static PreflightContext context(PersistenceDocument d, String endpoint) {
    return new PreflightContext(d, Duration.ofSeconds(10), Optional.empty(),
        Map.of(PubSubPreflight.ENDPOINT_OPTION, endpoint));
  }

  private static List<String> lines(List<CheckResult> results) {
    return results.stream().map(CheckResult::toLine).toList();
  }

  @Test
  void everyNeededTopicAndSubscriptionPresentAndAttachedIsOkOneLineEach() {
    complete();
    assertEquals(List.of(
        "ok   pubsub.subscription[" + STREAMING_SUB + "]: exists and reads " + STREAMING_TOPIC
            + " (bigquery_streaming_write_subscription_id)",
        "ok   pubsub.topic[" + STREAMING_TOPIC + "]: exists (bigquery_streaming_write_topic)",
        "ok   pubsub.subscription[" + METRICS_SUB + "]: exists and reads " + METRICS_TOPIC
            + " (metrics_bus_subscription_id)",
        "ok   pubsub.topic[" + METRICS_TOPIC + "]: exists (metrics_bus_topic_id)",
        "ok   pubsub.subscription[" + RESULT_METRICS_SUB + "]: exists and reads " + RESULT_TOPIC
            + " (result_bus_metrics_subscription_id)",
        "ok   pubsub.subscription[" + RESULT_OFFLINE_SUB + "]: exists and reads " + RESULT_TOPIC
            + " (result_bus_offline_store_subscription_id)",
        "ok   pubsub.subscription[" + RESULT_ONLINE_SUB + "]: exists and reads " + RESULT_TOPIC
            + " (result_bus_online_store_subscription_id)",
        "ok   pubsub.topic[" + RESULT_TOPIC + "]: exists (result_bus_topic_id)"),
        run(SampleDocuments.pubsub()));
  }

  @Test
  void aMissingTopicIsOneFailLine() {
    pubsub.topic(STREAMING_TOPIC).topic(RESULT_TOPIC)
        .subscription(STREAMING_SUB, STREAMING_TOPIC)
        .subscription(METRICS_SUB, METRICS_TOPIC)
        .subscription(RESULT_METRICS_SUB, RESULT_TOPIC)
        .subscription(RESULT_OFFLINE_SUB, RESULT_TOPIC)
        .subscription(RESULT_ONLINE_SUB, RESULT_TOPIC);
    List<String> lines = run(SampleDocuments.pubsub());
    assertEquals(List.of("FAIL pubsub.topic[" + METRICS_TOPIC + "]: does not exist (metrics_bus_topic_id)"),
        failed(lines));
    assertEquals(8, lines.size());
  }

  @Test
  void aMissingSubscriptionIsOneFailLine() {
    pubsub.topic(STREAMING_TOPIC).topic(METRICS_TOPIC).topic(RESULT_TOPIC)
        .subscription(STREAMING_SUB, STREAMING_TOPIC)
        .subscription(METRICS_SUB, METRICS_TOPIC)
        .subscription(RESULT_METRICS_SUB, RESULT_TOPIC)
        .subscription(RESULT_ONLINE_SUB, RESULT_TOPIC);
    assertEquals(List.of("FAIL pubsub.subscription[" + RESULT_OFFLINE_SUB
            + "]: does not exist (result_bus_offline_store_subscription_id)"),
        failed(run(SampleDocuments.pubsub())));
  }

  @Test
  void aSubscriptionAttachedToAnotherTopicThanItsBusIsOneFailLine() {
    pubsub.topic(STREAMING_TOPIC).topic(METRICS_TOPIC).topic(RESULT_TOPIC)
        .subscription(STREAMING_SUB, STREAMING_TOPIC)
        .subscription(METRICS_SUB, STREAMING_TOPIC)
        .subscription(RESULT_METRICS_SUB, RESULT_TOPIC)
        .subscription(RESULT_OFFLINE_SUB, RESULT_TOPIC)
        .subscription(RESULT_ONLINE_SUB, RESULT_TOPIC);
    assertEquals(List.of("FAIL pubsub.subscription[" + METRICS_SUB + "]: reads " + STREAMING_TOPIC
            + ", but metrics_bus_topic_id is " + METRICS_TOPIC + " (metrics_bus_subscription_id)"),
        failed(run(SampleDocuments.pubsub())));
  }

  @Test
  void theResultBusSubscriptionsReadResultBusTopicId() {
    String elsewhere = P + "/topics/result-bus-staging";
    complete().topic(elsewhere).subscription(RESULT_ONLINE_SUB, elsewhere);
    assertEquals(List.of("FAIL pubsub.subscription[" + RESULT_ONLINE_SUB + "]: reads " + elsewhere
            + ", but result_bus_topic_id is " + RESULT_TOPIC + " (result_bus_online_store_subscription_id)"),
        failed(run(SampleDocuments.pubsub())));
  }

  @Test
  void withoutResultBusTopicIdTheResultBusSubscriptionsMustAllReadOneTopicAndTheOddOneFails() {
    String elsewhere = P + "/topics/result-bus-staging";
    complete().topic(elsewhere).subscription(RESULT_ONLINE_SUB, elsewhere);
    assertEquals(List.of("FAIL pubsub.subscription[" + RESULT_ONLINE_SUB + "]: reads " + elsewhere
            + ", but the other subscriptions of its bus (result_bus_metrics_subscription_id, "
            + "result_bus_offline_store_subscription_id) read " + RESULT_TOPIC
            + ": all must read the same topic (result_bus_online_store_subscription_id)"),
        failed(run(withSpecs(b -> b.resultBusTopicId(Optional.empty())))));
  }

  @Test
  void aSubscriptionWhoseTopicWasDeletedFails() {
    complete().subscription(STREAMING_SUB, PubSubChecks.DELETED_TOPIC);
    assertEquals(List.of("FAIL pubsub.subscription[" + STREAMING_SUB + "]: exists, but the topic it read was "
            + "deleted (bigquery_streaming_write_subscription_id)"),
        failed(run(SampleDocuments.pubsub())));
  }

  @Test
  void aLookupTheServiceRefusesIsOneFailLineWithTheReason() {
    complete().deny(METRICS_TOPIC);
    assertEquals(List.of("FAIL pubsub.topic[" + METRICS_TOPIC + "]: Pub/Sub at " + pubsub.endpoint()
            + " refused (PERMISSION_DENIED: User not authorized to perform this action.); the credentials "
            + "preflight runs with need roles/pubsub.viewer (or better) (metrics_bus_topic_id)"),
        failed(run(SampleDocuments.pubsub())));
  }

  @Test
  void fullNamesAreLookedUpAsGivenAndAResourceTwoFieldsNameIsAskedOnce() throws Exception {
    complete();
    PersistenceDocument d = withSpecs(b -> b.metricsBusSubscriptionId(METRICS_SUB));
    assertTrue(failed(run(d)).isEmpty());
    assertEquals(8, pubsub.asked.size());
    assertEquals(pubsub.asked.stream().distinct().toList(), pubsub.asked);
  }

  @Test
  void anEndpointThatDoesNotAnswerFailsOnceAndSkipsTheRest() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    PreflightContext c = new PreflightContext(SampleDocuments.pubsub(), Duration.ofSeconds(3), Optional.empty(),
        Map.of(PubSubPreflight.ENDPOINT_OPTION, "127.0.0.1:" + closedPort));
    List<CheckResult> results = new PubSubPreflight(n -> null).run(c);
    assertEquals(8, results.size());
    assertEquals(CheckStatus.FAIL, results.get(0).status());
    assertTrue(results.get(0).detail().contains("127.0.0.1:" + closedPort + " did not answer"), results.get(0).detail());
    results.subList(1, 8).forEach(r -> assertEquals(CheckStatus.SKIP, r.status(), r.toLine()));
  }

  @Test
  void theEmulatorVariableIsHonouredWhenNoEndpointIsGiven() {
    complete();
    PreflightContext c = PreflightContext.of(SampleDocuments.pubsub(), Duration.ofSeconds(10));
    Map<String, String> env = Map.of(PubSubPreflight.EMULATOR_ENV, pubsub.endpoint());
    List<CheckResult> results = new PubSubPreflight(env::get).run(c);
    assertEquals(8, results.size());
    assertTrue(results.stream().allMatch(r -> r.status() == CheckStatus.OK), lines(results).toString());
  }

  @Test
  void shortIdsWithoutAnyProjectAreSkippedNotPassed() {
    complete();
    PersistenceDocument d = withSpecs(b -> b.googleCloudProject(Optional.empty())
        .resultBusMetricsSubscriptionId("result-bus-metrics-sub")
        .resultBusOfflineStoreSubscriptionId("result-bus-offline-store-sub")
        .resultBusOnlineStoreSubscriptionId("result-bus-online-store-sub"));
    List<CheckResult> results = new PubSubPreflight(n -> null)
        .run(context(d, pubsub.endpoint()));
    assertTrue(results.stream().allMatch(r -> r.status() == CheckStatus.SKIP), lines(results).toString());
    assertTrue(pubsub.asked.isEmpty());
    // Google's standard project variable resolves them.
    Map<String, String> env = Map.of(PubSubPreflight.PROJECT_ENV, PROJECT);
    List<CheckResult> resolved = new PubSubPreflight(env::get).run(context(d, pubsub.endpoint()));
    assertTrue(resolved.stream().allMatch(r -> r.status() == CheckStatus.OK), lines(resolved).toString());
  }

  @Test
  void bpctlFindsTheExtensionAndItSpeaksOnlyAboutPubSub() {
    Preflight standard = Preflight.standard();
    PubSubPreflight ours = standard.extensions().stream()
        .filter(PubSubPreflight.class::isInstance).map(PubSubPreflight.class::cast).findFirst().orElseThrow();
    assertTrue(ours.appliesTo(SampleDocuments.pubsub()));
    assertFalse(ours.appliesTo(SampleDocuments.kafka()));
  }

  private static List<String> failed(List<String> lines) {
    return lines.stream().filter(l -> !l.startsWith("ok ")).toList();
  }
}
