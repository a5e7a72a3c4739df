package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An application's own {@code META-INF/validation.xml} configures its validators, not ours: the
 * document's checks work the same beside one that names a mapping file this library never ships.
 */
class ForeignValidationXmlTest {
  /** Run in a fresh JVM whose class path starts with the application's configuration. */
  public static void main(String[] args) {
    PersistenceDocument document = SampleDocuments.kafka();
    List<WriterSpec> writers = new ArrayList<>(document.writers());
    writers.set(0, writers.get(0).withName("Not_A_Name"));
    ValidationReport report = DocumentValidator.standard().validate(document.withWriters(writers));
    System.out.print(report.errors().stream().map(e -> e.path().toString()).toList());
  }

  @Test
  void anApplicationsValidationXmlIsNotReadByTheDocumentsValidator(@TempDir Path app) throws Exception {
    Path xml = app.resolve("META-INF/validation.xml");
    Files.createDirectories(xml.getParent());
    Files.writeString(xml, """
        <validation-config xmlns="https://jakarta.ee/xml/ns/validation/configuration" version="3.0">
          <constraint-mapping>META-INF/the-applications-own-mapping.xml</constraint-mapping>
        </validation-config>
        """);
    Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", app + File.pathSeparator + System.getProperty("java.class.path"),
        ForeignValidationXmlTest.class.getName()).start();
    String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(60, TimeUnit.SECONDS));
    assertEquals("[writers[0].name]", new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8), err);
  }
}
