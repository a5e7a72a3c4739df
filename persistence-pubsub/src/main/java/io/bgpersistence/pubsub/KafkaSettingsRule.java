package io.bgpersistence.pubsub;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * No Kafka settings under Pub/Sub (the settings the table tags KAFKA): there is no SASL, the pods
 * authenticate with their Google identity, and no writer would read them.
 */
final class KafkaSettingsRule extends PubSubRule {
  static final String ID = "pubsub-no-kafka-settings";

  KafkaSettingsRule() {
    super(ID);
  }

  @Override
  List<FieldProblem> checkPubSub(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      if (s.backend().filter(BusBackend.KAFKA::equals).isPresent() && s.valueIn(document).isPresent()) {
        // Forbidden carries no value: kafka_sasl_secret may hold the credential itself.
        out.add(FieldProblem.forbidden(s.path(), "a Kafka setting is not allowed when bus_backend is "
            + "PUBSUB: the writers authenticate with their Google identity (remove it)", ID));
      }
    }
    return out;
  }
}
