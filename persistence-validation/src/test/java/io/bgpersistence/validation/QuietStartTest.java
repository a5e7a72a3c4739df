package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bgpersistence.testing.SampleDocuments;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Validation prints nothing by itself: bpctl's stderr stays the command's own (HV announces its version). */
class QuietStartTest {
  /** Run in a fresh JVM, where Hibernate Validator starts for the first time. */
  public static void main(String[] args) {
    System.out.print(DocumentValidator.standard().validate(SampleDocuments.kafka()).ok());
  }

  @Test
  void startingTheValidatorWritesNothingToStderr() throws Exception {
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), QuietStartTest.class.getName()).start();
    p.waitFor(60, TimeUnit.SECONDS);
    assertEquals("true", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8));
    assertEquals("", new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8));
  }
}
