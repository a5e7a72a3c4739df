package io.bgpersistence.kafka;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.validation.BackendRule;

/** A rule that only speaks about Kafka documents. */
abstract class KafkaRule extends BackendRule {
  KafkaRule(String id) {
    super(id, BusBackend.KAFKA);
  }
}
