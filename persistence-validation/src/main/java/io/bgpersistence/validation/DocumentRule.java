package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.List;

/**
 * A cross-field rule. {@link #id()} is the {@code origin} of every problem it reports, so tests
 * and tools tell rules apart without reading messages. A rule never throws, whatever the document:
 * everything it finds is returned, in document order.
 */
public interface DocumentRule {
  /**
   * The rule's name, e.g. {@code request-within-limit}.
   *
   * @return the {@code origin} of the problems this rule reports
   */
  String id();

  /**
   * Checks one document.
   *
   * @param document the document, as read (any well-typed JSON becomes one)
   * @param context what else the rule may consult
   * @return every problem found, in document order; empty when there is none
   */
  List<FieldProblem> check(PersistenceDocument document, ValidationContext context);
}

