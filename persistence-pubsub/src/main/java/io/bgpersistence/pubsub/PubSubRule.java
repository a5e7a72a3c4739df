package io.bgpersistence.pubsub;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;

/** A rule that speaks only about Pub/Sub documents: the core knows no backend, so each rule asks. */
abstract class PubSubRule implements DocumentRule {
  private final String id;

  PubSubRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    return PubSubDocuments.isPubSub(document) ? checkPubSub(document, context) : List.of();
  }

  abstract List<FieldProblem> checkPubSub(PersistenceDocument document, ValidationContext context);
}
