package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A command run as users run it, in a fresh JVM: there, its warm-up thread bootstraps the validator
 * and then rendering's Jackson mapper while the main thread reads and validates, both initializing
 * classes for the first time. The output is still the examples' golden rendering, and the run ends
 * (two threads waiting on each other's class initialization would hang it).
 */
class WarmUpRunTest {
  @Test
  void aFreshRenderPrintsTheGoldenRendering(@TempDir Path dir) throws Exception {
    String out = run(dir, "render", Path.of("..", "examples", "kafka-example.json").toString());
    assertEquals(Files.readString(Path.of("..", "examples", "rendered", "kafka-example.yaml")), out);
  }

  @Test
  void aFreshDiffOfADocumentWithItselfFindsNothing(@TempDir Path dir) throws Exception {
    Path file = Path.of("..", "examples", "pubsub-example.json");
    assertEquals("0 to create, 0 to change, 0 to delete\n", run(dir, "diff", "--exit-code", file.toString(), file.toString()));
  }

  /**
   * There, the rules that need no Hibernate Validator run while it starts, before the per-field
   * constraints: the report is still in the rules' order, as where it was up from the start.
   */
  @Test
  void aFreshValidationReportsAsAWarmOne(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("invalid.json"),
        "{\"writers\": [{\"name\": \"Bad_Name\", \"replicas\": -1}, {\"name\": \"Bad_Name\"}]}");
    io.bgpersistence.validation.DocumentValidator.prepare();
    CliRun warm = CliRun.of("validate", file.toString());
    assertEquals(warm.out(), run(dir, 1, "validate", file.toString()));
  }

  private static String run(Path dir, String... args) throws Exception {
    return run(dir, 0, args);
  }

  /** Runs bpctl in a new JVM; its standard output, once it ended with this code and said nothing on stderr. */
  private static String run(Path dir, int exitCode, String... args) throws Exception {
    CliRun run = CliRun.inNewJvm(dir, environment -> { }, args);
    assertEquals(exitCode, run.exitCode(), run.err());
    assertEquals("", run.err());
    return run.out();
  }
}
