package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A setting written under its deprecated spelling ({@code bigquery_upload_bucket}) is read, and a
 * warning names the current one ({@code bq_upload_bucket}); both spellings with different values is
 * an error, since the writers would read only one of them. Either way the document keeps what was
 * written.
 */
final class DeprecatedNameRule implements DocumentRule {
  static final String ID = "deprecated-name";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      Optional<String> old = s.deprecatedValueIn(document);
      if (old.isEmpty()) {
        continue;
      }
      FieldPath at = s.deprecatedPath().orElseThrow();
      Optional<String> current = s.currentValueIn(document);
      if (current.isPresent() && !current.get().equals(old.get())) {
        out.add(FieldProblem.invalid(at, old.get(), "differs from " + s.jsonName() + ", its current spelling: "
            + "the writers read only " + s.jsonName() + "; keep one of the two", ID));
      } else {
        out.add(FieldProblem.invalid(at, old.get(), "is the deprecated spelling of " + s.jsonName()
            + (current.isPresent() ? ", which is also given: remove this one" : ": rename it"), ID).asWarning());
      }
    }
    return out;
  }
}
