package io.bgpersistence.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What reading a document gives: the document, unless the input was malformed, and every problem
 * reading found (Malformed errors; Unknown warnings), in document order.
 *
 * <p>When the input was a JSON object with some values reading could not take (a string where a
 * number belongs, say), it also gives the <em>readable part</em>: the document without those
 * values, so that validation can report every other problem beside them in one pass. The readable
 * part is for reporting only: values the user wrote are missing from it, so it is never the
 * document, and nothing renders or deploys it.
 *
 * @param document the document; empty when the input was malformed
 * @param problems what reading found, in document order
 * @param readablePart the document without the values reading could not take; empty when reading
 *     found no error (then see {@code document}), when the input was not a JSON object, or when
 *     too many values (over 100) could not be taken to make checking the rest worth it
 * @param places where the input holds each value, to place problems found later (by validation)
 */
public record ReadResult(Optional<PersistenceDocument> document, List<FieldProblem> problems,
    Optional<ReadablePart> readablePart, InputPlaces places) {
  /**
   * A result; the problems are copied.
   *
   * @param document the document; empty when the input was malformed
   * @param problems what reading found, in document order
   * @param readablePart the document without the values reading could not take, and where they were
   * @param places where the input holds each value
   */
  public ReadResult {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(readablePart, "readablePart");
    Objects.requireNonNull(places, "places");
    problems = List.copyOf(problems);
  }

  /**
   * A result of no input to place problems in, and no readable part beside it.
   *
   * @param document the document; empty when the input was malformed
   * @param problems what reading found, in document order
   */
  public ReadResult(Optional<PersistenceDocument> document, List<FieldProblem> problems) {
    this(document, problems, Optional.empty(), InputPlaces.NONE);
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
