package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * A caller that reconfigures {@link PersistenceJson#mapper()} (as Spring users do with mappers)
 * changes nothing of the canonical form, even before the project first writes one: checked in a
 * fresh JVM, where nothing has been written yet.
 */
class SharedMapperTest {
  private static final Path EXAMPLE = Path.of("..", "examples", "kafka-example.json");

  /** In a fresh JVM: reconfigure the shared mapper first, then print the canonical form. */
  public static void main(String[] args) throws Exception {
    PersistenceJson.mapper().setSerializationInclusion(JsonInclude.Include.ALWAYS);
    System.out.print(PersistenceJson.canonical(DocumentReader.read(EXAMPLE).document().orElseThrow()));
    System.out.flush();
  }

  @Test
  void reconfiguringTheSharedMapperChangesNotTheCanonicalForm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), SharedMapperTest.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("the fresh JVM did not end");
    }
    assertEquals(0, p.exitValue());
    assertEquals(Files.readString(EXAMPLE, StandardCharsets.UTF_8), out);
  }
}
