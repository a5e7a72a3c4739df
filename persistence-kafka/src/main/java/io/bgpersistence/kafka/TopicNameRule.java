package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every topic the document names (under Kafka a subscription id is a topic name too) is a legal
 * Kafka topic name; a name that is too long is TooLong, any other fault Invalid.
 */
final class TopicNameRule extends KafkaRule {
  static final String ID = "kafka-topic-name";

  TopicNameRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : KafkaDocument.TOPIC_SETTINGS) {
      KafkaDocument.filledIn(document, s).ifPresent(name -> {
        if (name.length() > TopicNames.MAX_LENGTH) {
          out.add(FieldProblem.tooLong(s.pathIn(document), TopicNames.MAX_LENGTH, ID));
        } else {
          TopicNames.problems(name).forEach(m -> out.add(FieldProblem.invalid(s.pathIn(document), name, m, ID)));
        }
      });
    }
    return out;
  }
}
