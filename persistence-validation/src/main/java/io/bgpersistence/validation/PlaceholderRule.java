package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.Secrets;
import java.util.List;
import java.util.function.Supplier;

/** Any string value that still holds a {@code <…>} template placeholder is Invalid. */
final class PlaceholderRule extends EachStringRule {
  static final String ID = "placeholder";

  PlaceholderRule() {
    super(ID);
  }

  @Override
  void check(String value, Supplier<FieldPath> at, List<FieldProblem> out) {
    if (Checks.hasPlaceholder(value)) {
      FieldPath path = at.get();
      // A secret field's message must not quote any part of what was typed there.
      String message = Secrets.isSecretPath(path)
          ? "still holds a template placeholder: replace it with a real value"
          : Checks.placeholder(value).get(0);
      out.add(FieldProblem.invalid(path, value, message, ID));
    }
  }
}
