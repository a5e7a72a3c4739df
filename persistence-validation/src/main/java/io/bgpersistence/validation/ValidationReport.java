package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import java.util.ArrayList;
import java.util.List;

/**
 * Every problem found, errors and warnings apart, each list in document order.
 *
 * @param errors the errors, in document order
 * @param warnings the warnings, in document order
 */
public record ValidationReport(List<FieldProblem> errors, List<FieldProblem> warnings) {
  /**
   * A report; the lists are copied.
   *
   * @param errors the errors, in document order
   * @param warnings the warnings, in document order
   */
  public ValidationReport {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * Whether the document is valid: no errors (warnings allowed). The same word as every result of
   * the SDK.
   *
   * @return whether there are no errors
   */
  public boolean ok() {
    return errors.isEmpty();
  }

  /**
   * The report of {@code --strict}: every warning becomes an error, still in document order.
   *
   * @return a report without warnings
   */
  public ValidationReport strict() {
    List<FieldProblem> all = new ArrayList<>(errors);
    warnings.forEach(w -> all.add(w.asError()));
    return new ValidationReport(DocumentOrder.sort(all), List.of());
  }

  /**
   * Every problem.
   *
   * @return the errors, then the warnings
   */

  public List<FieldProblem> all() {
    List<FieldProblem> all = new ArrayList<>(errors);
    all.addAll(warnings);
    return List.copyOf(all);
  }
}
