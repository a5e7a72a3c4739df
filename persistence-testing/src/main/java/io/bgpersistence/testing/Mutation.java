package io.bgpersistence.testing;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;

/**
 * A valid document with exactly one fault put in: validation must report {@code type} at
 * {@code path}. {@code fault} says in words what was done, for failure messages.
 */
public record Mutation(PersistenceDocument document, FieldPath path, ProblemType type, String fault) {
  @Override
  public String toString() {
    return fault + " -> expect " + type + " at " + path;
  }
}
