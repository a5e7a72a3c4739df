package io.bgpersistence.kafka;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.testing.SettingValues;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.util.List;

/** Test helpers: change one setting of a document (found by its Setting row) and validate. */
final class Docs {
  private Docs() {}

  /** The document with {@code setting} set to {@code value}, or removed when value is null. */
  static PersistenceDocument with(PersistenceDocument document, Setting setting, String value) {
    return SettingValues.with(document, setting, value);
  }

  static ValidationReport validate(PersistenceDocument document) {
    return DocumentValidator.standard().validate(document);
  }

  /** Every problem (errors and warnings) that a Kafka rule reported. */
  static List<FieldProblem> kafkaProblems(PersistenceDocument document) {
    return validate(document).all().stream().filter(p -> p.origin().startsWith("kafka-")).toList();
  }

  /** "path: Type [origin] (error|warning)", to compare problems without their messages. */
  static List<String> summary(List<FieldProblem> problems) {
    return problems.stream()
        .map(p -> p.path() + ": " + p.type() + " [" + p.origin() + "]" + (p.isError() ? "" : " (warning)"))
        .toList();
  }
}
