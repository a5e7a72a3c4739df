package io.bgpersistence.kafka;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;

/**
 * A rule that only speaks about Kafka documents: the core does not know backends, so each backend
 * rule checks {@code bus_backend} itself and says nothing about a Pub/Sub document.
 */
abstract class KafkaRule implements DocumentRule {
  private final String id;

  KafkaRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    return KafkaDocument.usesKafka(document) ? checkKafka(document, context) : List.of();
  }

  abstract List<FieldProblem> checkKafka(PersistenceDocument document, ValidationContext context);
}
