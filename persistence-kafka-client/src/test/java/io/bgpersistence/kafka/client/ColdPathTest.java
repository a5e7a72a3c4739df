package io.bgpersistence.kafka.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.PreflightExtension;
import io.bgpersistence.render.RenderExtension;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationExtension;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.ServiceLoader;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * bpctl's commands that never talk to a broker (validate, render, fmt) must not load kafka-clients:
 * in a fresh JVM, finding the Kafka extensions, validating the seed example and asking the render
 * and preflight extensions what applies loads no {@code org.apache.kafka} class.
 */
class ColdPathTest {
  @Test
  void findingTheExtensionsAndValidatingLoadsNoKafkaClass() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-Xshare:auto", "-Xlog:class+load=info", "-cp",
        System.getProperty("java.class.path"), Main.class.getName(), "../examples/seed-example.json")
        .redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals(0, p.exitValue(), out.substring(Math.max(0, out.length() - 3000)));
    assertTrue(out.contains("extensions: kafka kafka kafka"), out.substring(Math.max(0, out.length() - 3000)));
    assertTrue(out.contains("io.bgpersistence.kafka.TopicNameRule"), "the rules did load and run");
    List<String> kafka = out.lines().filter(l -> l.contains(" org.apache.kafka.")).toList();
    assertEquals(List.of(), kafka);
  }

  /** The child JVM: what bpctl validate does, with the Kafka module on the class path. */
  public static final class Main {
    public static void main(String[] args) throws Exception {
      PersistenceDocument doc = DocumentReader.read(Path.of(args[0])).document().orElseThrow();
      StringBuilder ids = new StringBuilder("extensions:");
      for (ValidationExtension e : ServiceLoader.load(ValidationExtension.class)) {
        ids.append(' ').append(e.id());
      }
      for (RenderExtension e : ServiceLoader.load(RenderExtension.class)) {
        ids.append(' ').append(e.id());
        e.sharedSettings(doc);
      }
      for (PreflightExtension e : ServiceLoader.load(PreflightExtension.class)) {
        ids.append(' ').append(e.id());
        e.appliesTo(doc);
      }
      System.out.println(ids);
      System.out.println(DocumentValidator.standard().validate(doc).errors().size() + " errors");
    }
  }
}
