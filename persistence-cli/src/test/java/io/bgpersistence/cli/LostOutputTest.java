package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Output that cannot be written is an error (exit 2, and why), in a fresh JVM writing to
 * {@code /dev/full}, the device that is always full; a reader that stops reading is not.
 */
class LostOutputTest {
  private static final String KAFKA = Path.of("..", "examples", "kafka-example.json").toString();

  private static List<String> bpctl(String... args) {
    return CliRun.inNewJvm(List.of(), args);
  }

  @ParameterizedTest
  @ValueSource(strings = {"render", "fmt", "types", "--help"})
  void aFullDiskFailsTheCommand(String command) throws Exception {
    File full = new File("/dev/full");
    assumeTrue(full.canWrite(), "this system has a /dev/full");
    List<String> args = command.startsWith("-") || command.equals("types") ? List.of(command) : List.of(command, KAFKA);
    ProcessBuilder run = new ProcessBuilder(bpctl(args.toArray(String[]::new))).redirectOutput(full);
    run.environment().put("LC_ALL", "C");  // the system's reason, in the words this test expects
    Process p = run.start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(2, p.exitValue(), err);
    assertEquals("bpctl: cannot write standard output: No space left on device", err.strip());
  }

  @Test
  void aReaderThatStopsEarlyIsNoFailure(@TempDir Path dir) throws Exception {
    // A fleet whose rendering outgrows the pipe's buffer, so that a write meets the closed pipe.
    ObjectNode doc = (ObjectNode) new ObjectMapper().readTree(Path.of(KAFKA).toFile());
    ArrayNode writers = (ArrayNode) doc.get("writers");
    ArrayNode many = doc.putArray("writers");
    for (int i = 0; i < 20; i++) {
      for (JsonNode w : writers) {
        many.add(((ObjectNode) w.deepCopy()).put("name", w.get("name").asText() + "-" + i));
      }
    }
    Path fleet = dir.resolve("fleet.json");
    new ObjectMapper().writeValue(fleet.toFile(), doc);
    Process p = new ProcessBuilder(bpctl("render", fleet.toString())).start();
    try (InputStream out = p.getInputStream()) {
      out.read(new byte[4]);
    }
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
    assertEquals("", err);
  }
}
