package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * A value of only spaces is Invalid at its field: other rules read it as "not given", but it would
 * still be rendered, and Kubernetes or the writer would get the spaces. A field that is required
 * reports Required instead (the validator keeps that one).
 */
final class WhitespaceOnlyRule implements DocumentRule {
  static final String ID = "whitespace-only";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    StringValues.forEach(document, (value, path) -> {
      if (!value.isEmpty() && value.isBlank()) {
        out.add(FieldProblem.invalid(path.get(), value,
            "holds only whitespace: give a value or leave the field out", ID));
      }
    });
    return out;
  }
}
