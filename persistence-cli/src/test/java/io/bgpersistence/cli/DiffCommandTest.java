package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.PersistenceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DiffCommandTest {
  static final Path KAFKA = RenderCommandTest.KAFKA;

  @TempDir Path tmp;

  @Test
  void aFileAgainstItselfChangesNothing() {
    CliRun run = CliRun.of("diff", KAFKA.toString(), KAFKA.toString(), "--exit-code");
    assertEquals(0, run.exitCode(), run.err());
    assertEquals("0 to create, 0 to change, 0 to delete\n", run.out());
  }

  @Test
  void showsScalingFieldByFieldAndTheNewDisruptionBudget() throws IOException {
    JsonNode doc = PersistenceJson.mapper().readTree(KAFKA.toFile());
    String first = doc.get("writers").get(0).get("name").asText();
    ((com.fasterxml.jackson.databind.node.ObjectNode) doc.get("writers").get(0)).put("default_replica_count", 3);
    Path scaled = Files.writeString(tmp.resolve("scaled.json"), doc.toPrettyString());
    CliRun run = CliRun.of("diff", KAFKA.toString(), scaled.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("change Deployment background-persistence/" + first + "\n  spec.replicas: "),
        run.out());
    assertTrue(run.out().contains("create PodDisruptionBudget background-persistence/" + first + "\n"), run.out());
    assertTrue(run.out().endsWith("1 to create, 1 to change, 0 to delete\n"), run.out());
    assertEquals(1, CliRun.of("diff", KAFKA.toString(), scaled.toString(), "--exit-code").exitCode());
    JsonNode json = PersistenceJson.mapper().readTree(
        CliRun.of("diff", KAFKA.toString(), scaled.toString(), "--format", "json").out());
    assertEquals(1, json.get("create").asInt());
    assertEquals("spec.replicas", json.at("/objects/0/fields/0/path").asText());
    assertEquals(3, json.at("/objects/0/fields/0/after").asInt());
  }

  @Test
  void anInvalidSideNamesItsFileAndExits1WithNothingOnStdout() {
    Path seed = Path.of("..", "examples", "seed-example.json");
    CliRun run = CliRun.of("diff", KAFKA.toString(), seed.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith(seed + ":\n"), run.err());
  }
}
