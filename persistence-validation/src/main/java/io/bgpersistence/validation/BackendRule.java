package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.List;
import java.util.Objects;

/**
 * A rule that speaks only about the documents of one backend. The core knows no backend, so a
 * backend module's rules extend this and say nothing about another backend's documents.
 */
public abstract class BackendRule implements DocumentRule {
  private final String id;
  private final BusBackend backend;

  /**
   * A rule of one backend.
   *
   * @param id the rule's name, the {@code origin} of its problems
   * @param backend the backend whose documents it checks
   */
  protected BackendRule(String id, BusBackend backend) {
    this.id = Objects.requireNonNull(id, "id");
    this.backend = Objects.requireNonNull(backend, "backend");
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    return backend.isUsedBy(document) ? checkBackend(document, context) : List.of();
  }

  /**
   * The problems of a document that runs on this rule's backend.
   *
   * @param document a document whose {@code bus_backend} is this rule's backend
   * @param context what else the rule may consult
   * @return every problem found, in document order
   */

  protected abstract List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context);
}
