package io.bgpersistence.kafka;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Under Kafka a bus is one topic, read and published to: the two fields naming one bus
 * ({@link BusPair#ALL}) must be equal. Reported at the pair's topic field, naming the pair.
 */
final class BusPairRule extends KafkaRule {
  static final String ID = "kafka-bus-pair";

  BusPairRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (BusPair pair : BusPair.ALL) {
      Optional<String> subscription = KafkaDocument.filledIn(document, pair.subscription());
      Optional<String> topic = KafkaDocument.filledIn(document, pair.topic());
      if (subscription.isPresent() && topic.isPresent() && !subscription.equals(topic)) {
        out.add(FieldProblem.invalid(pair.topic().pathIn(document), topic.get(),
            "must be the same topic as " + pair.subscription().jsonName() + " (\"" + subscription.get()
                + "\"): under KAFKA " + pair.subscription().jsonName() + " and " + pair.topic().jsonName()
                + " name one bus, a topic that is both published to and read", ID));
      }
    }
    return out;
  }
}
