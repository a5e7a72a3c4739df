package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.testing.DocumentGenerators;
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
  void aMapEntryIsPointedAtItself() {
    String json = """
        {
          "common_persistence_specs": {"bus_backend": "KAFKA", "namespace": "ns", "service_account_name": "sa"},
          "writers": [
            {"name": "w", "bus_subscriber_type": "ONLINE_WRITER",
             "additional_env_vars": {
               "OK": "1",
               "X": 5,
               "bad name": "b"
             }}
          ]
        }
        """;
    List<String> placed = placed(VALIDATOR.validate(DocumentReader.read(json)).errors());
    assertTrue(placed.containsAll(List.of(
        "writers[0].additional_env_vars[X] Malformed 7:13",
        "writers[0].additional_env_vars[bad name] Invalid 8:20")), placed::toString);
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
  void aFaultIsReportedWhereTheInputHasItUnderEitherName() {
    // Each generated document has one fault; written as JSON under common_specs, the fault is
    // reported at the same place, named as the input names it, with a line.
    qt().withExamples(Integer.getInteger("qt.examples", 1000)).forAll(DocumentGenerators.singleFaults())
        .checkAssert(m -> {
          String json = PersistenceJson.canonical(m.document())
              .replaceFirst("\"common_persistence_specs\"", "\"common_specs\"");
          String expected = m.path().toString().replaceFirst("^common_persistence_specs", "common_specs");
          List<FieldProblem> errors = VALIDATOR.validate(DocumentReader.read(json)).errors();
          boolean caught = errors.stream().anyMatch(p -> p.path().toString().equals(expected) && p.type() == m.type());
          boolean onlyThere = errors.stream().allMatch(p -> p.path().toString().equals(expected));
          if (!caught || !onlyThere || errors.stream().anyMatch(p -> p.line().isEmpty())) {
            throw new AssertionError(m + " read from JSON as " + expected + ", with a line; got " + errors);
          }
        });
  }

  @Test
  void aDocumentBuiltInCodeHasNoPlaces() {
    ValidationReport r = VALIDATOR.validate(SampleDocuments.kafka().withWriters(List.of()));
    assertTrue(r.errors().stream().allMatch(p -> p.line().isEmpty()), r::toString);
  }
}
