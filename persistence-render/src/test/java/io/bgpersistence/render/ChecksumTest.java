package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * A changed setting rolls exactly the writers that read it: a writer's own bus id only that
 * writer (and any other of a type that reads it), a shared setting every writer. What extensions
 * add is covered too. Two writers of one type each read their type's settings, and roll together.
 */
class ChecksumTest {
  /** kafka(): one writer of every built-in type, each named after its type. */
  private static final PersistenceDocument FLEET = SampleDocuments.kafka();
  private static final Set<String> EVERY_WRITER = names(FLEET);
  /** kafka() and a second ONLINE_WRITER with the same settings as the first. */
  private static final PersistenceDocument TWO_ONLINE_WRITERS = PersistenceDocument.builder().from(FLEET)
      .addWriters(WriterSpec.builder().from(FLEET.writers().stream()
          .filter(w -> w.busSubscriberType().orElseThrow().equals("ONLINE_WRITER")).findFirst().orElseThrow())
          .name("online-writer-2").build())
      .build();
  private static final Set<String> EVERY_WRITER_AND_SECOND_ONLINE = names(TWO_ONLINE_WRITERS);

  @Test
  void aWriterOwnSettingChangesOnlyItsReadersChecksums() {
    assertEquals(Set.of("online-writer"),
        changedBy(d -> top(d, b -> b.redisIsClustered("0"))));
    assertEquals(Set.of("query-mirror-consumer"),
        changedBy(d -> top(d, b -> b.apiServerHost("api2.features.acme.internal"))));
    assertEquals(Set.of("offline-store-bulk-insert-writer"),
        changedBy(d -> common(d, b -> b.bqUploadBucket("s3://another-bucket"))));
    assertEquals(Set.of("usage-bus-writer"),
        changedBy(d -> common(d, b -> b.usageEventsSubscriptionId("usage-bus-2").usageBusTopicId("usage-bus-2"))));
  }

  @Test
  void aSettingTwoWriterTypesReadChangesBoth() {
    // Both metrics writers read the result bus's metrics subscription; nobody else does.
    assertEquals(Set.of("metrics-writer", "go-result-bus-metrics-writer"),
        new TreeSet<>(changedBy(d -> common(d, b -> b.resultBusMetricsSubscriptionId("result-bus-2")))));
  }

  @Test
  void aSharedSettingChangesEveryWritersChecksum() {
    assertEquals(EVERY_WRITER, changedBy(d -> common(d, b -> b.serviceAccountName("bgp-writers"))));
    assertEquals(EVERY_WRITER, changedBy(d -> common(d, b -> b.operationSubscriptionId("operation-bus-2"))));
  }

  @Test
  void whatDoesNotReachTheEnvironmentChangesNoChecksum() {
    // Images, resources and replicas change the pod template themselves; the checksum is for settings.
    assertEquals(Set.of(), changedBy(d -> common(d, b -> b.busWriterImagePython(SampleDocuments.PYTHON_IMAGE + "-rc1"))));
    assertEquals(Set.of(), changedBy(d -> PersistenceDocument.builder().from(d).writers(d.writers().stream()
        .map(w -> WriterSpec.builder().from(w).defaultReplicaCount(3).request(ResourceSpec.of("300m", "600Mi")).build())
        .toList()).build()));
  }

  @Test
  void extensionSettingsAreCoveredShared() {
    String bootstrap = "KAFKA_BOOTSTRAP_SERVERS";
    RenderedObjects before = withExtension(Map.of(bootstrap, "b-1:9096"), Map.of()).render(FLEET).objects();
    RenderedObjects after = withExtension(Map.of(bootstrap, "b-2:9096"), Map.of()).render(FLEET).objects();
    assertEquals(EVERY_WRITER, RenderedChecksums.changed(before, after));
  }

  @Test
  void extensionSettingsAreCoveredPerWriter() {
    RenderedObjects before = withExtension(Map.of(), Map.of("online-writer", "a")).render(FLEET).objects();
    RenderedObjects after = withExtension(Map.of(), Map.of("online-writer", "b")).render(FLEET).objects();
    assertEquals(Set.of("online-writer"), RenderedChecksums.changed(before, after));
  }

  @Test
  void twoWritersOfOneTypeWithTheSameSettingsStillDiffer() {
    // WRITER_NAME is part of what a pod reads, so two writers of one type never share a checksum.
    Map<String, String> sums = RenderedChecksums.of(Renderer.standard().render(TWO_ONLINE_WRITERS).objects());
    assertEquals(EVERY_WRITER_AND_SECOND_ONLINE, sums.keySet());
    assertNotEquals(sums.get("online-writer"), sums.get("online-writer-2"));
  }

  @Test
  void aSettingOfATypeWithTwoWritersRollsBothAndNothingElse() {
    // Only ONLINE_WRITER reads redis_is_clustered; both of its writers roll, no other writer does.
    assertEquals(Set.of("online-writer", "online-writer-2"),
        changedBy(TWO_ONLINE_WRITERS, d -> top(d, b -> b.redisIsClustered("0"))));
  }

  private static Set<String> changedBy(UnaryOperator<PersistenceDocument> change) {
    return changedBy(FLEET, change);
  }

  private static Set<String> changedBy(PersistenceDocument fleet, UnaryOperator<PersistenceDocument> change) {
    RenderedObjects before = Renderer.standard().render(fleet).objects();
    RenderResult after = Renderer.standard().render(change.apply(fleet));
    assertEquals(List.of(), after.report().errors(), "the changed document must stay valid");
    return RenderedChecksums.changed(before, after.objects());
  }

  private static PersistenceDocument top(PersistenceDocument d, UnaryOperator<PersistenceDocument.Builder> change) {
    return change.apply(PersistenceDocument.builder().from(d)).build();
  }

  private static PersistenceDocument common(PersistenceDocument d,
      UnaryOperator<CommonPersistenceSpecs.Builder> change) {
    return PersistenceDocument.builder().from(d)
        .commonPersistenceSpecs(change.apply(new CommonPersistenceSpecs.Builder().from(d.specs())).build())
        .build();
  }

  private static Set<String> names(PersistenceDocument d) {
    Set<String> out = new TreeSet<>();
    d.writers().forEach(w -> out.add(w.name().orElseThrow()));
    return out;
  }

  /** A backend with fixed shared settings, and one env var on the named writers. */
  private static Renderer withExtension(Map<String, String> shared, Map<String, String> perWriter) {
    return new TestBackend(true, shared, Map.of(), w -> {
      String v = perWriter.get(w.name().orElseThrow());
      return v == null ? List.<EnvVar>of() : List.of(new EnvVar("TEST_BACKEND_PARTITION", v, null));
    }).renderer();
  }
}
