package io.bgpersistence.kafka.client;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * What {@link KafkaProvisioner} would do to the brokers, as a value: one {@link Step} per topic the
 * document's writers read or publish to and for the dead-letter topic, in that order, each
 * {@link Action#CREATE} or {@link Action#EXISTS}. A plan never alters or deletes a topic.
 */
public record TopicPlan(List<Step> steps) {
  /** @param steps one per topic: the writers' topics, then the dead-letter topic */
  public TopicPlan {
    steps = List.copyOf(steps);
  }

  /** What happens to one topic. */
  public enum Action {
    /** The topic does not exist: it is created. */
    CREATE("create"),
    /** The topic exists: it is left as it is. */
    EXISTS("exists");

    private final String word;

    Action(String word) {
      this.word = word;
    }

    /** @return the word of the plan's text: {@code create}, {@code exists} */
    public String word() {
      return word;
    }
  }

  /**
   * One topic: its name, the action, its partitions when it exists (or the partitions asked for
   * when it is created; empty means the broker's default), the replication factor asked for, and
   * who uses it ("read by online-writer", "dead-letter topic").
   */
  public record Step(String topic, Action action, OptionalInt partitions, Optional<Short> replicationFactor,
      String users) {
    /**
     * @param topic the topic's name
     * @param action create it or leave it
     * @param partitions its partitions when it exists, the partitions asked for when it is created
     * @param replicationFactor the replication factor asked for (creation only)
     * @param users who reads or writes it, in words
     */
    public Step {
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(partitions, "partitions");
      Objects.requireNonNull(replicationFactor, "replicationFactor");
      Objects.requireNonNull(users, "users");
    }

    /**
     * @return {@code create  dlq-1  (partitions: broker default, replication factor: 3); dead-letter topic}
     *     or {@code exists  metrics-bus-1  (6 partitions); read by go-metrics-bus-writer}
     */
    public String toLine() {
      String what = action == Action.EXISTS
          ? "(" + partitions.orElse(0) + (partitions.orElse(0) == 1 ? " partition)" : " partitions)")
          : "(partitions: " + (partitions.isPresent() ? Integer.toString(partitions.getAsInt()) : "broker default")
              + ", replication factor: " + replicationFactor.map(String::valueOf).orElse("broker default") + ")";
      return String.format("%-6s  %s  %s%s", action.word(), topic, what, users.isEmpty() ? "" : "; " + users);
    }
  }

  /** @return the steps that create a topic */
  public List<Step> toCreate() {
    return steps.stream().filter(s -> s.action() == Action.CREATE).toList();
  }

  /** @return one line per step, each ending in a newline */
  public String toText() {
    return steps.stream().map(s -> s.toLine() + "\n").collect(Collectors.joining());
  }
}
