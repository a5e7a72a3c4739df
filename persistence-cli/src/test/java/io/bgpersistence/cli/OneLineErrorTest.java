package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** What the one line of an unexpected failure says. */
class OneLineErrorTest {
  @Test
  void aLibrarysMessageIsNotPrintedForItMayQuoteItsInput() {
    Exception e = assertThrows(JsonProcessingException.class, () -> new ObjectMapper().readTree("{\"token\": s3cr3t}"));
    assertEquals(e.getClass().getName() + " (--debug shows where)", OneLineError.message(e));
  }

  @Test
  void bpctlsOwnMessagesArePrinted() {
    assertEquals("the output directory is a file",
        OneLineError.message(new IllegalStateException("the output directory is a file")));
  }

  @Test
  void aFileTheJdkCannotWriteIsNamed() {
    // As the JDK raises it, from its own frames (a directory of /proc takes no new file).
    IOException e = assertThrows(IOException.class, () -> Files.newBufferedWriter(Path.of("/proc/out.yaml")));
    String message = OneLineError.message(new UncheckedIOException(e));
    assertTrue(message.contains("/proc/out.yaml"), message);
  }
}
