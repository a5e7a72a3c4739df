package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code kafka_dlq_topic} is required and is a topic of its own: a dead letter written to a bus
 * topic would be read again as if it were a good message.
 */
final class DlqTopicRule extends KafkaRule {
  static final String ID = "kafka-dlq-topic";

  DlqTopicRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Setting dlq = Setting.KAFKA_DLQ_TOPIC;
    Optional<String> value = dlq.givenIn(document);
    if (value.isEmpty()) {
      return List.of(FieldProblem.required(dlq.pathIn(document),
          "the dead-letter topic the writers send messages they cannot process to, e.g. dlq-1", ID));
    }
    String sameAs = KafkaDocument.TOPIC_SETTINGS.stream()
        .filter(s -> s != dlq && s.valueIn(document).equals(value))
        .map(Setting::jsonName)
        .collect(Collectors.joining(", "));
    if (sameAs.isEmpty() || !KafkaDocument.filledIn(document, dlq).isPresent()) {
      return List.of();
    }
    return List.of(FieldProblem.duplicate(dlq.pathIn(document), value.get(),
        "is also the bus topic of " + sameAs + ": the dead-letter topic must be a topic of its own", ID));
  }
}
