package io.bgpersistence.testing;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import java.util.List;

/**
 * A valid document with exactly one fault put in: validation must report {@code type} at
 * {@code path}. {@code fault} says in words what was done, for failure messages.
 */
public record Mutation(PersistenceDocument document, FieldPath path, ProblemType type, String fault) {
  /**
   * Checks what a validator said about {@link #document()}: the fault must be reported with its
   * type at its path, and no error may be reported anywhere else.
   *
   * @param errors the errors a validator reported for this mutation's document
   * @throws AssertionError when the fault is missed or an error appears at another path
   */
  public void assertCaughtOnlyThere(List<FieldProblem> errors) {
    boolean caught = errors.stream().anyMatch(p -> p.path().equals(path) && p.type() == type);
    boolean onlyThere = errors.stream().allMatch(p -> p.path().equals(path));
    if (!caught || !onlyThere) {
      throw new AssertionError(this + " but got " + errors);
    }
  }

  @Override
  public String toString() {
    return fault + " -> expect " + type + " at " + path;
  }
}
