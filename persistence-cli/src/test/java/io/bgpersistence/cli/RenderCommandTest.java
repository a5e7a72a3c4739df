package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.PersistenceJson;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
  static final Path KAFKA = Path.of("..", "examples", "kafka-example.json");
  static final Path SEED = Path.of("..", "examples", "seed-example.json");

  @TempDir Path tmp;

  @Test
  void rendersTheShippedExampleAsYamlDocuments() {
    CliRun run = CliRun.of("render", KAFKA.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().startsWith("---\napiVersion: v1\nkind: ServiceAccount\n"), run.out());
    assertTrue(run.out().contains("kind: ConfigMap"));
    assertTrue(run.out().contains("kind: Deployment"));
    assertFalse(run.out().contains("kind: Namespace"));
    assertEquals(run.out(), CliRun.of("render", KAFKA.toString()).out(), "the same input gives the same bytes");
  }

  @Test
  void jsonIsAListAndTheNamespaceComesFirstWhenAsked() throws IOException {
    CliRun run = CliRun.of("render", KAFKA.toString(), "--format", "json", "--include-namespace",
        "--label", "team=data", "--toleration", "dedicated=writers:NoSchedule", "--priority-class", "high");
    assertEquals(0, run.exitCode(), run.err());
    JsonNode list = PersistenceJson.mapper().readTree(run.out());
    assertEquals("List", list.get("kind").asText());
    assertEquals("Namespace", list.get("items").get(0).get("kind").asText());
    assertEquals("ServiceAccount", list.get("items").get(1).get("kind").asText());
    JsonNode deployment = list.get("items").get(3);
    assertEquals("data", deployment.at("/metadata/labels/team").asText());
    JsonNode pod = deployment.at("/spec/template/spec");
    assertEquals("high", pod.get("priorityClassName").asText());
    assertEquals("dedicated", pod.at("/tolerations/0/key").asText());
    assertEquals("Equal", pod.at("/tolerations/0/operator").asText());
    assertEquals("NoSchedule", pod.at("/tolerations/0/effect").asText());
  }

  @Test
  void anInvalidDocumentPrintsItsProblemsOnStderrNothingOnStdoutAndExits1() {
    // The seed example still has its <placeholders>.
    CliRun run = CliRun.of("render", SEED.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("bus_writer_image_go"), run.err());
    assertFalse(run.err().contains("Exception"), run.err());
    // Secrets are never echoed, not even the placeholder in kafka_sasl_secret.
    assertFalse(run.err().contains("<your aws kafka auth secret here>"), run.err());
  }

  @Test
  void malformedJsonIsInvalidAndAMissingFileIsAUsageError() throws IOException {
    Path bad = Files.writeString(tmp.resolve("bad.json"), "{\"writers\": [");
    CliRun run = CliRun.of("render", bad.toString());
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("Malformed"), run.err());
    assertEquals(2, CliRun.of("render", tmp.resolve("none.json").toString()).exitCode());
    assertEquals(2, CliRun.of("render", KAFKA.toString(), "--format", "xml").exitCode());
    assertEquals(2, CliRun.of("render", KAFKA.toString(), "--toleration", "nocolon").exitCode());
  }

  @Test
  void anOptionKubernetesWouldRefuseIsAUsageError() {
    CliRun run = CliRun.of("render", KAFKA.toString(), "--label", "team name=data");
    assertEquals(2, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("label key \"team name\""), run.err());
  }
}
