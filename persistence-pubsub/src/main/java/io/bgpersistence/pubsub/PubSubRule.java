package io.bgpersistence.pubsub;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.validation.BackendRule;

/** A rule that speaks only about Pub/Sub documents. */
abstract class PubSubRule extends BackendRule {
  PubSubRule(String id) {
    super(id, BusBackend.PUBSUB);
  }
}
