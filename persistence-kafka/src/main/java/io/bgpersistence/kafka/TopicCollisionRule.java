package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A warning when two different topic names differ only by {@code .} versus {@code _}: Kafka's
 * metric names do not tell them apart, so the broker will not create both. Reported at the later
 * field, naming the earlier one.
 */
final class TopicCollisionRule extends KafkaRule {
  static final String ID = "kafka-topic-collision";

  private record First(Setting setting, String name) {}

  TopicCollisionRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Map<String, First> firstByKey = new LinkedHashMap<>();
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : KafkaDocument.TOPIC_SETTINGS) {
      String name = KafkaDocument.filledIn(document, s).filter(TopicNames::isLegal).orElse(null);
      if (name == null) {
        continue;
      }
      First first = firstByKey.putIfAbsent(TopicNames.collisionKey(name), new First(s, name));
      if (first != null && !first.name().equals(name)) {
        out.add(FieldProblem.invalid(s.pathIn(document), name, "collides with \"" + first.name() + "\" ("
            + first.setting().jsonName() + "): Kafka does not tell '.' and '_' apart in topic names, so "
            + "only one of the two topics can exist; use one spelling", ID).asWarning());
      }
    }
    return out;
  }
}
