package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Secrets;
import java.util.ArrayList;
import java.util.List;

/** Any string value that still holds a {@code <…>} template placeholder is Invalid. */
final class PlaceholderRule implements DocumentRule {
  static final String ID = "placeholder";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    StringValues.forEach(document, (value, at) -> {
      if (Checks.hasPlaceholder(value)) {
        FieldPath path = at.get();
        // A secret field's message must not quote any part of what was typed there.
        String message = Secrets.isSecretPath(path)
            ? "still holds a template placeholder: replace it with a real value"
            : Checks.placeholder(value).get(0);
        out.add(FieldProblem.invalid(path, value, message, ID));
      }
    });
    return out;
  }
}
