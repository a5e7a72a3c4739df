package io.bgpersistence.model;

import java.util.Objects;
import java.util.Set;

/**
 * What can be checked of a document some of whose values reading could not take (a string where
 * a number belongs, say): the document without them, so that validation reports every other
 * problem beside reading's errors in one pass. For reporting only: values the user wrote are
 * missing from it, so nothing renders or deploys it.
 *
 * @param document the document without the values left out
 * @param leftOut where those values were, as the input spells the paths
 */
public record ReadablePart(PersistenceDocument document, Set<FieldPath> leftOut) {
  /**
   * A readable part; the paths are copied.
   *
   * @param document the document without the values left out
   * @param leftOut where those values were
   */
  public ReadablePart {
    Objects.requireNonNull(document, "document");
    leftOut = Set.copyOf(leftOut);
  }
}
