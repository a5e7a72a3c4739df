package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.PersistenceJson;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** bpctl validate with the full validator: the acceptance, --strict, and the output contract. */
class ValidateCommandTest {
  private static final Path SEED = Path.of("..", "examples", "seed-example.json");
  private static final Path KAFKA = Path.of("..", "examples", "kafka-example.json");

  @Test
  void theSeedExitsOneWithExactlyItsPlaceholdersAsErrors() throws Exception {
    CliRun run = CliRun.of("validate", SEED.toString(), "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode report = PersistenceJson.mapper().readTree(run.out());
    assertFalse(report.get("valid").asBoolean());
    List<String> paths = new ArrayList<>();
    report.get("errors").forEach(e -> {
      assertEquals("Invalid", e.get("type").asText(), e.toString());
      assertEquals("placeholder", e.path("origin").asText(), "every problem names its rule: " + e);
      paths.add(e.get("path").asText());
    });
    assertEquals(List.of(
        "common_persistence_specs.bus_writer_image_go",
        "common_persistence_specs.bus_writer_image_python",
        "common_persistence_specs.bus_writer_image_bswl",
        "common_persistence_specs.bigquery_upload_bucket",
        "api_server_host",
        "kafka_sasl_secret",
        "kafka_bootstrap_servers",
        "snowflake_storage_integration_name"), paths);
    assertFalse(run.out().contains("aws kafka auth secret"), "the secret field's value is never printed");
  }

  @Test
  void jsonNamesTheRuleOfEveryErrorAndWarning(@TempDir Path tmp) throws Exception {
    Path doc = tmp.resolve("doc.json");
    Files.writeString(doc, Files.readString(KAFKA)
        .replace("\"namespace\": \"background-persistence\"", "\"namespace\": \"Background\"")
        .replace("\"secret_client\": \"AWS\"", "\"secret_client\": \"AWZ\"")
        .replaceFirst("\"cpu\": \"250m\"", "\"cpu\": \"2\"")
        .replaceFirst("\"version\": \"1.0\",", "\"version\": \"1.0\", \"replicaz\": 2,"));
    CliRun run = CliRun.of("validate", doc.toString(), "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode report = PersistenceJson.mapper().readTree(run.out());
    assertEquals(List.of(
        "common_persistence_specs.namespace field-constraint",
        "common_persistence_specs.secret_client closed-set",
        "writers[0].request.cpu request-within-limit"), pathAndOrigin(report.get("errors")));
    assertEquals(List.of("writers[0].replicaz unknown-field"), pathAndOrigin(report.get("warnings")));
  }

  @Test
  void jsonNamesTheRuleOfAMalformedDocument(@TempDir Path tmp) throws Exception {
    Path doc = tmp.resolve("doc.json");
    Files.writeString(doc, "{\"writers\": [}");
    CliRun run = CliRun.of("validate", doc.toString(), "--format", "json");
    assertEquals(1, run.exitCode(), run.err());
    JsonNode error = PersistenceJson.mapper().readTree(run.out()).get("errors").get(0);
    assertEquals("Malformed", error.get("type").asText());
    assertEquals("malformed", error.path("origin").asText(), error.toString());
  }

  private static List<String> pathAndOrigin(JsonNode problems) {
    List<String> out = new ArrayList<>();
    problems.forEach(p -> out.add(p.get("path").asText() + " " + p.path("origin").asText("(none)")));
    return out;
  }

  @Test
  void theFilledInExampleIsValid() {
    CliRun run = CliRun.of("validate", KAFKA.toString());
    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals("", run.out());
  }

  @Test
  void textPutsThePathFirstAndErrorsBeforeWarnings(@TempDir Path tmp) throws Exception {
    Path doc = tmp.resolve("doc.json");
    Files.writeString(doc, Files.readString(KAFKA)
        .replace("\"namespace\": \"background-persistence\"", "\"namespace\": \"Background\"")
        .replace("python-bus-writer:1.8.2", "python-bus-writer:latest"));
    CliRun run = CliRun.of("validate", doc.toString());
    assertEquals(1, run.exitCode());
    String[] lines = run.out().split("\n");
    assertEquals(2, lines.length, run.out());
    assertTrue(lines[0].startsWith("common_persistence_specs.namespace: Invalid: "), lines[0]);
    assertTrue(lines[1].startsWith("common_persistence_specs.bus_writer_image_python: Invalid: "), lines[1]);
    assertTrue(lines[1].contains("warning"), lines[1]);
  }

  @Test
  void strictTurnsWarningsIntoErrors(@TempDir Path tmp) throws Exception {
    Path doc = tmp.resolve("doc.json");
    Files.writeString(doc, Files.readString(KAFKA).replace("\"version\": \"1.0\",", "\"version\": \"1.0\", \"replicas\": 2,"));
    assertEquals(0, CliRun.of("validate", doc.toString()).exitCode());
    CliRun strict = CliRun.of("validate", doc.toString(), "--strict", "--format", "json");
    assertEquals(1, strict.exitCode());
    JsonNode report = PersistenceJson.mapper().readTree(strict.out());
    assertEquals("Unknown", report.get("errors").get(0).get("type").asText());
    assertEquals(0, report.get("warnings").size());
  }
}
