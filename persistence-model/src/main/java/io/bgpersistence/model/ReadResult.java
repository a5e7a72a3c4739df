package io.bgpersistence.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gives: the document, unless the input was malformed, and every problem
 * reading found (Malformed errors; Unknown warnings), in document order.
 *
 * @param document the document; empty when the input was malformed
 * @param problems what reading found, in document order
 */
public record ReadResult(Optional<PersistenceDocument> document, List<FieldProblem> problems) {
  /**
   * A result; the problems are copied.
   *
   * @param document the document; empty when the input was malformed
   * @param problems what reading found, in document order
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    problems = List.copyOf(problems);
  }

  /**
   * Reading's errors.
   *
   * @return the {@code Malformed} problems, in document order
   */
  public List<FieldProblem> errors() {
    return problems.stream().filter(FieldProblem::isError).toList();
  }

  /**
   * Reading's warnings.
   *
   * @return the {@code Unknown} fields, in document order
   */
  public List<FieldProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  /**
   * Whether reading succeeded: a document and no error (warnings allowed). The same word as every
   * result of the SDK ({@code ValidationReport}, {@code RenderResult}, preflight, apply).
   *
   * @return whether reading found no error
   */
  public boolean ok() {

    return document.isPresent() && problems.stream().noneMatch(FieldProblem::isError);
  }
}
