package io.bgpersistence.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * No class of bpctl's jar that a cold command loads is loaded from the jar: all come from
 * {@code ./bpctl}'s class-data archive. One that comes from the jar costs every run its loading,
 * and the first such class the reading of the jar's directory of 39,000 entries; a method reference
 * to one of picocli's Java 5 classes, say, keeps that class out of the archive without any other
 * sign. Runs the script itself, as users do, after {@code package} (its first run here makes the
 * archive for the jar this build made).
 */
class ClassDataArchiveIT {
  private static final Path ROOT = Path.of("..").toAbsolutePath().normalize();

  @ParameterizedTest
  @ValueSource(strings = {"validate", "render", "render --format yaml", "--help", "types"})
  void everyClassACommandLoadsComesFromTheArchive(String command) throws Exception {
    Path log = Files.createTempFile("bpctl-classes", ".log");
    try {
      // "render FILE" runs without picocli, "render --format yaml FILE" with it.
      List<String> args = new ArrayList<>(List.of("bash", ROOT.resolve("bpctl").toString()));
      args.addAll(List.of(command.split(" ")));
      if (!command.startsWith("-") && !command.equals("types")) {
        args.add(ROOT.resolve("examples").resolve("kafka-example.json").toString());
      }
      ProcessBuilder run = new ProcessBuilder(args).redirectOutput(ProcessBuilder.Redirect.DISCARD)
          .redirectError(ProcessBuilder.Redirect.DISCARD);
      run.environment().put("BPCTL_JAVA_OPTS", "-Xlog:class+load=info:file=" + log);
      Process p = run.start();
      if (!p.waitFor(300, TimeUnit.SECONDS)) {
        p.destroyForcibly();
        throw new AssertionError("bpctl " + command + " did not end");
      }
      assertEquals(0, p.exitValue(), "bpctl " + command);

      List<String> loaded = Files.readAllLines(log);
      assertTrue(loaded.stream().anyMatch(l -> l.endsWith("source: shared objects file")), "the archive was used");
      assertEquals(List.of(), loaded.stream().filter(l -> l.contains("source: file:")).toList(),
          "classes bpctl " + command + " loaded from the jar, not from the archive");
    } finally {
      Files.deleteIfExists(log);
    }
  }
}
