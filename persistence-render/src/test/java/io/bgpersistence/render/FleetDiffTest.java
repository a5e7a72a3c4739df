package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.FleetDiff.Action;
import io.bgpersistence.render.FleetDiff.FieldChange;
import io.bgpersistence.render.FleetDiff.ObjectChange;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FleetDiffTest {
  private static final PersistenceDocument FLEET = SampleDocuments.kafka();

  @Test
  void theSameDocumentChangesNothing() {
    FleetDiff diff = diff(FLEET, FLEET);
    assertTrue(diff.isEmpty());
    assertEquals("0 to create, 0 to change, 0 to delete\n", diff.toText());
  }

  @Test
  void anAddedWriterIsCreatedAndARemovedOneDeleted() {
    List<WriterSpec> writers = new ArrayList<>(FLEET.writers());
    WriterSpec removed = writers.remove(0);
    writers.add(WriterSpec.builder().from(removed).name("online-writer-2").build());
    FleetDiff diff = diff(FLEET, PersistenceDocument.builder().from(FLEET).writers(writers).build());
    assertEquals(List.of(
            "CREATE Deployment background-persistence/online-writer-2",
            "DELETE Deployment background-persistence/online-writer"),
        diff.changes().stream().map(c -> c.action() + " " + c.describe()).toList());
  }

  @Test
  void scalingUpChangesReplicasAndCreatesTheDisruptionBudget() {
    FleetDiff diff = diff(FLEET, withWriter(0, w -> WriterSpec.builder().from(w).defaultReplicaCount(3).build()));
    assertEquals(2, diff.changes().size());
    ObjectChange d = diff.changes().get(0);
    assertEquals(Action.CHANGE, d.action());
    assertEquals("online-writer", d.name());
    assertEquals(List.of("spec.replicas: 1 -> 3"), lines(d));
    assertEquals(Action.CREATE, diff.changes().get(1).action());
    assertEquals("PodDisruptionBudget", diff.changes().get(1).kind());
  }

  @Test
  void aWriterSettingChangeShowsTheVariableAndTheChecksumOfThatWriterOnly() {
    PersistenceDocument changed = PersistenceDocument.builder().from(FLEET).redisIsClustered("0").build();
    FleetDiff diff = diff(FLEET, changed);
    assertEquals(1, diff.changes().size(), diff.toText());
    List<String> fields = lines(diff.changes().get(0));
    assertEquals(2, fields.size(), fields::toString);
    assertTrue(fields.get(0).startsWith("spec.template.metadata.annotations.bgpersistence.io/settings-checksum: \"sha256:"),
        fields::toString);
    assertEquals("spec.template.spec.containers[writer].env[REDIS_IS_CLUSTERED].value: \"1\" -> \"0\"", fields.get(1));
  }

  @Test
  void aSharedSettingChangesTheConfigMapAndEveryWritersChecksum() {
    PersistenceDocument changed = PersistenceDocument.builder().from(FLEET)
        .commonPersistenceSpecs(new CommonPersistenceSpecs.Builder().from(FLEET.specs())
            .operationSubscriptionId("operation-bus-2").build())
        .build();
    FleetDiff diff = diff(FLEET, changed);
    assertEquals(1 + FLEET.writers().size(), diff.changes().size());
    assertEquals(List.of("data.OPERATION_SUBSCRIPTION_ID: \"operation-bus-1\" -> \"operation-bus-2\""),
        lines(diff.changes().get(0)));
    diff.changes().stream().skip(1).forEach(c -> assertEquals(1, c.fields().size(), c.describe()));
  }

  @Test
  void aRemovedOrAddedFieldShowsNone() throws Exception {
    RenderedObjects plain = Renderer.standard().render(FLEET).objects();
    RenderedObjects withClass = Renderer.standard().render(FLEET,
        new RenderOptions.Builder().priorityClassName("high").build()).objects();
    FieldChange added = FleetDiff.between(plain, withClass).changes().get(0).fields().get(0);
    assertEquals("spec.template.spec.priorityClassName", added.path());
    assertTrue(added.before().isMissingNode());
    assertTrue(FleetDiff.between(withClass, plain).toText()
        .contains("  spec.template.spec.priorityClassName: \"high\" -> (none)\n"));
    JsonNode json = new ObjectMapper().readTree(FleetDiff.between(plain, withClass).toJson());
    assertEquals(FLEET.writers().size(), json.get("change").asInt());
    assertEquals("high", json.at("/objects/0/fields/0/after").asText());
    assertTrue(json.at("/objects/0/fields/0/before").isMissingNode());
  }

  @Test
  void aChangedCredentialShowsThatItChangedNeverWhatItIs() throws Exception {
    PersistenceDocument before = withWriter(0, w -> WriterSpec.builder().from(w)
        .additionalEnvVars(java.util.Map.of("DB_PASSWORD", "s3cr3tpw1", "LOG_LEVEL", "info")).build());
    PersistenceDocument after = PersistenceDocument.builder().from(before).writers(withWriter(0, w -> WriterSpec.builder()
        .from(w).additionalEnvVars(java.util.Map.of("DB_PASSWORD", "s3cr3tpw2", "LOG_LEVEL", "debug",
            "API_TOKEN", "tok-xyz789")).build()).writers()).build();
    FleetDiff diff = diff(before, after);
    String text = diff.toText() + diff.toJson();
    for (String secret : List.of("s3cr3tpw1", "s3cr3tpw2", "tok-xyz789")) {
      assertTrue(!text.contains(secret), "the diff shows " + secret + ": " + text);
    }
    List<String> fields = lines(diff.changes().get(0));
    assertTrue(fields.contains("spec.template.spec.containers[writer].env[DB_PASSWORD].value: \"****\" -> \"****\""), fields::toString);
    assertTrue(fields.contains("spec.template.spec.containers[writer].env[LOG_LEVEL].value: \"info\" -> \"debug\""), fields::toString);
    assertTrue(diff.toText().contains("  spec.template.spec.containers[writer].env[API_TOKEN]: (none) -> \"****\"\n"),
        diff::toText);
  }

  @Test
  void anAddedContainerShowsItsCredentialsMasked() {
    JsonNode added = SecretValues.masked(KubernetesText.tree(Renderer.standard().render(withWriter(0, w -> WriterSpec
        .builder().from(w).additionalEnvVars(java.util.Map.of("DB_PASSWORD", "s3cr3tpw1")).build())).objects().objects()
        .stream().filter(o -> o.getKind().equals("Deployment")).findFirst().orElseThrow()));
    assertTrue(!added.toString().contains("s3cr3tpw1"), added::toString);
    assertTrue(added.toString().contains("{\"name\":\"DB_PASSWORD\",\"value\":\"****\"}"), added::toString);
  }

  private static FleetDiff diff(PersistenceDocument before, PersistenceDocument after) {
    return FleetDiff.between(Renderer.standard().render(before).objects(), Renderer.standard().render(after).objects());
  }

  private static PersistenceDocument withWriter(int i, java.util.function.UnaryOperator<WriterSpec> change) {
    List<WriterSpec> writers = new ArrayList<>(FLEET.writers());
    writers.set(i, change.apply(writers.get(i)));
    return PersistenceDocument.builder().from(FLEET).writers(writers).build();
  }

  private static List<String> lines(ObjectChange c) {
    return c.fields().stream().map(f -> f.path() + ": " + f.before() + " -> " + f.after()).toList();
  }
}
