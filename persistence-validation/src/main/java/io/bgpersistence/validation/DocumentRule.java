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
  String id();

  List<FieldProblem> check(PersistenceDocument document, ValidationContext context);
}
