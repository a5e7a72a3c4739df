package io.bgpersistence.validation;

import static io.bgpersistence.validation.Problems.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.testing.SampleDocuments;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The acceptance: the seed is flagged at its placeholders and nowhere else. */
class SeedExampleTest {
  private static final Path SEED = Path.of("..", "examples", "seed-example.json");

  @Test
  void seedErrorsAreExactlyTheFieldsThatStillHoldPlaceholders() throws Exception {
    ValidationReport r = DocumentValidator.standard().validate(DocumentReader.read(SEED));
    assertFalse(r.ok());
    assertEquals(List.of(
        "common_persistence_specs.bus_writer_image_go Invalid placeholder",
        "common_persistence_specs.bus_writer_image_python Invalid placeholder",
        "common_persistence_specs.bus_writer_image_bswl Invalid placeholder",
        "common_persistence_specs.bigquery_upload_bucket Invalid placeholder",
        "api_server_host Invalid placeholder",
        "kafka_sasl_secret Invalid placeholder",
        "kafka_bootstrap_servers Invalid placeholder",
        "snowflake_storage_integration_name Invalid placeholder"), keys(r.errors()));
    // The page writes the upload topic in its deprecated spelling (the bucket's one holds a placeholder).
    assertEquals(List.of("common_persistence_specs.bigquery_upload_topic Invalid deprecated-name"), keys(r.warnings()));
  }

  @Test
  void theSeedsSecretIsNeitherCarriedNorQuoted() throws Exception {
    ValidationReport r = DocumentValidator.standard().validate(DocumentReader.read(SEED));
    FieldProblem secret = r.errors().stream()
        .filter(p -> p.path().toString().equals("kafka_sasl_secret")).findFirst().orElseThrow();
    assertTrue(secret.value().isEmpty());
    assertFalse(secret.toLine().contains("aws kafka auth"), secret.toLine());
  }

  @Test
  void theSeedFilledInValidatesWithoutErrorsAndWarnsOnlyOfTheDeprecatedSpellings() {
    ValidationReport r = DocumentValidator.standard().validate(SampleDocuments.kafkaSeedFilledIn());
    assertEquals(List.of(), r.errors());
    assertEquals(List.of("common_persistence_specs.bigquery_upload_bucket Invalid deprecated-name",
        "common_persistence_specs.bigquery_upload_topic Invalid deprecated-name"), keys(r.warnings()));
  }

  @Test
  void theSamplesValidateWithoutErrorsOrWarnings() throws Exception {
    assertEquals(List.of(), DocumentValidator.standard().validate(SampleDocuments.kafka()).all());
    assertEquals(List.of(), DocumentValidator.standard().validate(SampleDocuments.pubsub()).all());
    assertEquals(List.of(), DocumentValidator.standard()
        .validate(DocumentReader.read(Path.of("..", "examples", "kafka-example.json"))).all());
  }
}
