package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A value of the wrong JSON type is reported together with every other problem of the document,
 * not alone: the rules check the rest of it (its readable part), and say nothing more about the
 * value reading could not take.
 */
class EveryProblemAtOnceTest {
  private static final int TRIES = Integer.getInteger("qt.examples", 1000);
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();

  private static ObjectNode kafka() {
    return PersistenceJson.mapper().valueToTree(SampleDocuments.kafka());
  }

  private static ObjectNode writer(ObjectNode doc, int i) {
    return (ObjectNode) doc.get("writers").get(i);
  }

  private static List<String> errors(ValidationReport report) {
    return report.errors().stream().map(p -> p.path() + " " + p.type()).toList();
  }

  @Test
  void wrongTypesAreReportedBesideTheDocumentsOtherProblems() {
    ObjectNode doc = kafka();
    writer(doc, 0).put("default_replica_count", "3");
    ((ObjectNode) doc.get("common_persistence_specs")).remove("namespace");
    writer(doc, 2).put("name", writer(doc, 1).get("name").textValue());
    writer(doc, 1).put("hpa_specs", 5);
    ValidationReport report = VALIDATOR.validate(DocumentReader.read(doc.toString()));
    assertEquals(List.of(
        "common_persistence_specs.namespace Required",
        "writers[0].default_replica_count Malformed",
        "writers[1].hpa_specs Malformed",
        "writers[2].name Duplicate"), errors(report));
  }

  @Test
  void aListItemOfTheWrongTypeKeepsTheOtherItemsWhereTheyAre() {
    ObjectNode doc = kafka();
    ArrayNode writers = (ArrayNode) doc.get("writers");
    writer(doc, 3).put("name", writer(doc, 2).get("name").textValue());
    writers.set(1, "not a writer");
    ValidationReport report = VALIDATOR.validate(DocumentReader.read(doc.toString()));
    assertEquals(List.of("writers[1] Malformed", "writers[3].name Duplicate"), errors(report));
  }

  @Test
  void aDuplicateKeyHidesNothingInTheValueThatIsRead() {
    ObjectNode doc = kafka();
    ((ObjectNode) writer(doc, 0).get("request")).put("cpu", "lots");
    String json = doc.toString();
    json = json.substring(0, json.length() - 1) + ", \"writers\": []}";
    assertEquals(List.of("writers Malformed", "writers[0].request.cpu Invalid"),
        errors(VALIDATOR.validate(DocumentReader.read(json))));
  }

  @Test
  void theFieldGivenFirstUnderEitherNameIsTheOneChecked() {
    String json = "{\"common_persistence_specs\": {\"bus_backend\": \"KAFKA\", \"namespace\": \"Bad_NS\","
        + " \"service_account_name\": \"sa\"}, \"common_specs\": {}, \"writers\": []}";
    List<String> errors = errors(VALIDATOR.validate(DocumentReader.read(json)));
    assertTrue(errors.contains("common_persistence_specs.namespace Invalid"), errors::toString);
    assertTrue(errors.contains("common_specs Malformed"), errors::toString);
  }

  @Test
  void aDeprecatedSpellingOfTheWrongTypeIsNotAlsoMissing() {
    ObjectNode doc = kafka();
    ObjectNode common = (ObjectNode) doc.get("common_persistence_specs");
    common.remove("bq_upload_bucket");
    common.put("bigquery_upload_bucket", 123);
    List<String> errors = errors(VALIDATOR.validate(DocumentReader.read(doc.toString())));
    assertEquals(List.of("common_persistence_specs.bigquery_upload_bucket Malformed"), errors);
  }

  @Test
  void pastAHundredUnreadableValuesOnlyReadingSpeaks() {
    ObjectNode doc = kafka();
    ArrayNode writers = doc.putArray("writers");
    for (int i = 0; i < 101; i++) {
      writers.add(i);
    }
    ReadResult read = DocumentReader.read(doc.toString());
    assertTrue(read.readablePart().isEmpty());
    assertEquals(read.errors(), VALIDATOR.validate(read).errors());
  }

  @Test
  void theReadablePartIsNeverTheDocument() {
    ObjectNode doc = kafka();
    writer(doc, 0).put("default_replica_count", "3");
    ReadResult read = DocumentReader.read(doc.toString());
    assertFalse(read.ok());
    assertTrue(read.document().isEmpty());
    assertTrue(read.readablePart().isPresent());
    assertFalse(VALIDATOR.validate(read).ok());
  }

  @Test
  void aWrongTypeHidesNoOtherFault() {
    // Each generated document has one fault that validation must catch at its path; a number given
    // as a string elsewhere in the same document must not hide it, nor add anything but itself.
    qt().withExamples(TRIES)
        .forAll(DocumentGenerators.singleFaults(), integers().between(0, 1000))
        .assuming((m, pick) -> !m.document().writers().isEmpty() && !m.path().toString().endsWith("max_batch_size"))
        .checkAssert((m, pick) -> {
          ObjectNode doc = PersistenceJson.mapper().valueToTree(m.document());
          int i = pick % doc.get("writers").size();
          writer(doc, i).put("max_batch_size", "many");
          FieldPath mistyped = FieldPath.ROOT.child("writers").index(i).child("max_batch_size");
          List<FieldProblem> others = new ArrayList<>();
          boolean reported = false;
          for (FieldProblem p : VALIDATOR.validate(DocumentReader.read(doc.toString())).errors()) {
            if (p.path().equals(mistyped) && p.type() == ProblemType.Malformed) {
              reported = true;
            } else {
              others.add(p);
            }
          }
          if (!reported) {
            throw new AssertionError("the mistyped value at " + mistyped + " was not reported");
          }
          m.assertCaughtOnlyThere(others);
        });
  }
}
