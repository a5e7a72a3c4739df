package io.bgpersistence.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gives: the document, unless the input was malformed, and every problem
 * reading found (Malformed errors; Unknown warnings), in document order.
 */
public record ReadResult(Optional<PersistenceDocument> document, List<FieldProblem> problems) {
  public ReadResult {
    Objects.requireNonNull(document, "document");
    problems = List.copyOf(problems);
  }

  public List<FieldProblem> errors() {
    return problems.stream().filter(FieldProblem::isError).toList();
  }

  public List<FieldProblem> warnings() {
    return problems.stream().filter(p -> !p.isError()).toList();
  }

  public boolean hasErrors() {
    return problems.stream().anyMatch(FieldProblem::isError);
  }
}
