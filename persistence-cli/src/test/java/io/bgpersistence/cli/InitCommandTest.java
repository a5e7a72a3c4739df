package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InitCommandTest {
  @TempDir Path tmp;

  @ParameterizedTest
  @ValueSource(strings = {"kafka", "pubsub"})
  void theStarterValidatesWithoutErrorsOrWarnings(String backend) throws IOException {
    Path file = tmp.resolve(backend + ".json");
    assertEquals(0, CliRun.of("init", "--backend", backend, "--output", file.toString()).exitCode());
    CliRun validate = CliRun.of("validate", file.toString(), "--strict");
    assertEquals(0, validate.exitCode(), validate.out() + validate.err());
    assertTrue(Files.readString(file).contains("\"bus_backend\": \"" + backend.toUpperCase() + "\""));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kafka", "pubsub"})
  void initNeverOverwritesAFile(String backend) throws IOException {
    Path file = Files.writeString(tmp.resolve("mine.json"), "{}");
    CliRun run = CliRun.of("init", "--backend", backend, "-o", file.toString());
    assertEquals(2, run.exitCode());
    assertEquals("{}", Files.readString(file));
  }

  @ParameterizedTest
  @ValueSource(strings = {"kafka", "pubsub"})
  void initPrintsTheStarterWhenNoFileIsGiven(String backend) {
    CliRun run = CliRun.of("init", "--backend", backend);
    assertEquals(0, run.exitCode());
    assertTrue(run.out().startsWith("{\n  \"common_persistence_specs\": {"), run.out());
  }
}
