package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import java.util.List;
import java.util.function.Supplier;

/**
 * A value of only spaces is Invalid at its field: other rules read it as "not given", but it would
 * still be rendered, and Kubernetes or the writer would get the spaces. A field that is required
 * reports Required instead (the validator keeps that one).
 */
final class WhitespaceOnlyRule extends EachStringRule {
  static final String ID = "whitespace-only";

  WhitespaceOnlyRule() {
    super(ID);
  }

  @Override
  void check(String value, Supplier<FieldPath> at, List<FieldProblem> out) {
    if (!value.isEmpty() && value.isBlank()) {
      out.add(FieldProblem.invalid(at.get(), value, "holds only whitespace: give a value or leave the field out", ID));
    }
  }
}
