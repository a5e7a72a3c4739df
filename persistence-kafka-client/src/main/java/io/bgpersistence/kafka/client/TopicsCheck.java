package io.bgpersistence.kafka.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.preflight.CheckResult;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code kafka.topic[NAME]} for each topic the writers read or publish to (from the registry rows,
 * once each) and {@code kafka.dlq-topic[NAME]}: each exists, or FAIL naming it and who needs it.
 */
final class TopicsCheck {
  private TopicsCheck() {}

  /** One line per needed topic and the DLQ, against the topics the user can see. */
  static void check(PersistenceDocument doc, NeededTopics needed, Set<String> existing,
      KafkaClientSettings settings, List<CheckResult> out) {
    String hidden = settings.username().map(u -> " (or user " + u + " may not describe it)").orElse("");
    for (NeededTopics.Unset u : needed.unset()) {
      out.add(CheckResult.fail(topicLine(u.setting().jsonName()),
          u.setting().jsonName() + " is not set, and writer " + u.writer() + " needs it"));
    }
    for (NeededTopics.Topic t : needed.topics()) {
      out.add(existing.contains(t.name())
          ? CheckResult.ok(topicLine(t.name()), "exists; " + t.users())
          : CheckResult.fail(topicLine(t.name()), "topic \"" + t.name() + "\" does not exist" + hidden + "; "
              + t.users()));
    }
    Optional<String> dlq = Setting.KAFKA_DLQ_TOPIC.givenIn(doc);
    if (dlq.isEmpty()) {
      out.add(CheckResult.fail(dlqLine("kafka_dlq_topic"), "kafka_dlq_topic is not set"));
    } else {
      out.add(existing.contains(dlq.get())
          ? CheckResult.ok(dlqLine(dlq.get()), "exists")
          : CheckResult.fail(dlqLine(dlq.get()), "dead-letter topic \"" + dlq.get() + "\" does not exist" + hidden));
    }
  }

  /** The same lines, each SKIP for the one reason. */
  static void skip(PersistenceDocument doc, NeededTopics needed, String why, List<CheckResult> out) {
    needed.unset().forEach(u -> out.add(CheckResult.skip(topicLine(u.setting().jsonName()), why)));
    needed.topics().forEach(t -> out.add(CheckResult.skip(topicLine(t.name()), why)));
    String dlq = Setting.KAFKA_DLQ_TOPIC.givenIn(doc).orElse("kafka_dlq_topic");
    out.add(CheckResult.skip(dlqLine(dlq), why));
  }

  static String topicLine(String name) {
    return "kafka.topic[" + name + "]";
  }

  static String dlqLine(String name) {
    return "kafka.dlq-topic[" + name + "]";
  }
}
