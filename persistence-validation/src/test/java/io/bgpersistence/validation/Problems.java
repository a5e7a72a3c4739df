package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.List;

/** Test helpers: problems compared as "path Type origin", never by message text. */
final class Problems {
  private Problems() {}

  static List<String> keys(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.type() + " " + p.origin()).toList();
  }

  static ValidationReport validate(PersistenceDocument d) {
    return DocumentValidator.standard().validate(d);
  }

  static void assertErrors(PersistenceDocument d, String... expected) {
    ValidationReport r = validate(d);
    assertEquals(List.of(expected), keys(r.errors()), () -> "errors: " + r.errors());
  }

  static void assertWarnings(PersistenceDocument d, String... expected) {
    ValidationReport r = validate(d);
    assertEquals(List.of(), keys(r.errors()), () -> "errors: " + r.errors());
    assertEquals(List.of(expected), keys(r.warnings()), () -> "warnings: " + r.warnings());
  }
}
