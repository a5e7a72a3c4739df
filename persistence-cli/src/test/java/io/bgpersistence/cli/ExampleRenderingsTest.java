package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * What {@code bpctl render} prints for the shipped examples is pinned in {@code examples/rendered}:
 * the same files that the consumer projects of {@code persistence-it} compare their own rendering
 * with (under Spring Boot's versions of Jackson and Hibernate Validator). To accept a deliberate
 * change, run with {@code -Dgolden.update=true} and review the diff.
 */
class ExampleRenderingsTest {
  private static final Path EXAMPLES = Path.of("..", "examples");

  @ParameterizedTest
  @CsvSource({"kafka-example, yaml", "kafka-example, json", "pubsub-example, yaml", "pubsub-example, json"})
  void theExamplesRenderToThePinnedBytes(String example, String format) throws IOException {
    CliRun run = CliRun.of("render", EXAMPLES.resolve(example + ".json").toString(), "--format", format);
    assertEquals(0, run.exitCode(), run.err());
    Path golden = EXAMPLES.resolve("rendered").resolve(example + "." + format);
    if (Boolean.getBoolean("golden.update")) {
      Files.createDirectories(golden.getParent());
      Files.writeString(golden, run.out(), StandardCharsets.UTF_8);
    }
    assertEquals(Files.readString(golden, StandardCharsets.UTF_8), run.out(),
        "bpctl render differs from " + golden + " (run with -Dgolden.update=true to accept a deliberate change)");
  }
}
