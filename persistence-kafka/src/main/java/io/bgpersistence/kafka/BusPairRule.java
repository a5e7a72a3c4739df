package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Under Kafka a bus is one topic, read and published to: the fields naming one bus
 * ({@link BusPair#ALL}; the result bus has three subscriptions on one topic) must be equal.
 * Reported once per topic field, naming every subscription that differs. A value that is no legal
 * topic name is {@link TopicNameRule}'s to report, and is not compared here.
 */
final class BusPairRule extends KafkaRule {
  static final String ID = "kafka-bus-pair";

  BusPairRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Map<Setting, List<String>> differing = new LinkedHashMap<>();
    for (BusPair pair : BusPair.ALL) {
      Optional<String> subscription = legal(document, pair.subscription());
      Optional<String> topic = legal(document, pair.topic());
      if (subscription.isPresent() && topic.isPresent() && !subscription.equals(topic)) {
        differing.computeIfAbsent(pair.topic(), t -> new ArrayList<>())
            .add(pair.subscription().jsonName() + " (\"" + subscription.get() + "\")");
      }
    }
    List<FieldProblem> out = new ArrayList<>();
    differing.forEach((topic, subscriptions) -> out.add(FieldProblem.invalid(topic.pathIn(document),
        topic.valueIn(document).orElseThrow(), "must be the same topic as " + String.join(", ", subscriptions)
            + ": under KAFKA a bus's subscription and topic name one topic, both published to and read", ID)));
    return out;
  }

  private static Optional<String> legal(PersistenceDocument document, Setting s) {
    return KafkaDocument.filledIn(document, s).filter(v -> TopicNames.problems(v).isEmpty());
  }
}
