package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.testing.SampleDocuments;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A problem found in a document read from text points into that text, in its own names. */
class ProblemPlacesTest {
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

  private static List<String> placed(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.type() + " " + p.line().orElse(0) + ":" + p.column().orElse(0))
        .toList();
  }

  @Test
  void aValueIsPointedAtAndAMissingOneAtTheObjectAroundIt() {
    String json = """
        {
          "common_persistence_specs": {
            "bus_backend": "KAFAK",
            "service_account_name": "sa"
          },
          "writers": [
            {"name": "w", "bus_subscriber_type": "ONLINE_WRITER", "default_replica_count": -1}
          ]
        }
        """;
    List<String> placed = placed(VALIDATOR.validate(DocumentReader.read(json)).errors());
    assertTrue(placed.containsAll(List.of(
        "common_persistence_specs.bus_backend NotSupported 3:20",
        "common_persistence_specs.namespace Required 2:31",
        "writers[0].default_replica_count Invalid 7:84")), placed::toString);
  }

  @Test
  void aDocumentThatSaysCommonSpecsHearsAboutCommonSpecs() {
    String json = "{\"common_specs\": {\"bus_backend\": \"KAFKA\", \"namespace\": 7}, \"writers\": []}";
    List<FieldProblem> errors = VALIDATOR.validate(DocumentReader.read(json)).errors();
    assertEquals(List.of(
        "common_specs.namespace Malformed 1:56",
        "common_specs.service_account_name Required 1:18",
        "writers Required 1:71"), placed(errors));
  }

  @Test
  void aDocumentBuiltInCodeHasNoPlaces() {
    ValidationReport r = VALIDATOR.validate(SampleDocuments.kafka().withWriters(List.of()));
    assertTrue(r.errors().stream().allMatch(p -> p.line().isEmpty()), r::toString);
  }
}
