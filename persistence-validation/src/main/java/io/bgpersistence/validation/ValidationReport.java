package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/** Every problem found, errors and warnings apart, each list in document order. */
public record ValidationReport(List<FieldProblem> errors, List<FieldProblem> warnings) {
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /** No errors (warnings allowed). */
  public boolean valid() {
    return errors.isEmpty();
  }

  /** The report of {@code --strict}: every warning becomes an error, still in document order. */
  public ValidationReport strict() {
    List<FieldProblem> all = new ArrayList<>(errors);
    warnings.forEach(w -> all.add(w.asError()));
    return new ValidationReport(DocumentOrder.sort(all), List.of());
  }

  /** Errors then warnings. */
  public List<FieldProblem> all() {
    List<FieldProblem> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return List.copyOf(all);
  }
}
