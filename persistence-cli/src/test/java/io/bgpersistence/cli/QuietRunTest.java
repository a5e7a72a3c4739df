package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A successful command's stderr is empty in a fresh JVM, where Hibernate Validator starts (and
 * would announce its version) for the first time: with bpctl's own routing of its logging, and
 * with a user's choice of java.util.logging for it.
 */
class QuietRunTest {
  private static final Path KAFKA = Path.of("..", "examples", "kafka-example.json");

  @ParameterizedTest
  @ValueSource(strings = {"", "-Dorg.jboss.logging.provider=jdk"})
  void aValidDocumentLeavesStderrEmpty(String jvmOption) throws Exception {
    List<String> command = CliRun.inNewJvm(jvmOption.isEmpty() ? List.of() : List.of(jvmOption),
        "validate", KAFKA.toString());
    Process p = new ProcessBuilder(command).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), err);
    assertEquals("", err);
  }

  @Test
  void aRunNeverStartsJavaUtilLogging() throws Exception {
    // Its start-up was 20-35 ms of a cold run; bpctl routes Hibernate Validator's logging elsewhere.
    Process p = new ProcessBuilder(CliRun.inNewJvm(List.of("-Xlog:class+load=info:stdout"),
        "validate", KAFKA.toString())).redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String loaded = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue());
    assertTrue(loaded.contains("io.bgpersistence.validation.DocumentValidator "), "the class log is read");
    assertFalse(loaded.contains("java.util.logging.LogManager "), "java.util.logging was started");
  }
}
