package io.bgpersistence.pubsub.client;

import io.bgpersistence.pubsub.internal.ResourceKind;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * What {@link PubSubBus#apply} would do, as a value: one step per topic (first) and subscription
 * the document's writers need, plus the dead-letter topic when one is asked for. Existing resources
 * are never changed: a subscription that reads another topic than the document says is a
 * {@link Action#CONFLICT}, left as it is.
 */
public record ResourcePlan(List<Step> steps, SubscriptionOptions subscriptionOptions, Optional<String> deadLetterTopic) {
  /**
   * @param steps the topics, then the subscriptions
   * @param subscriptionOptions how new subscriptions are made
   * @param deadLetterTopic the dead-letter topic's full name, when one is asked for
   */
  public ResourcePlan {
    steps = List.copyOf(steps);
    Objects.requireNonNull(subscriptionOptions, "subscriptionOptions");
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
  }

  /** What a step creates or finds. */
  public enum Kind {
    /** A Pub/Sub topic. */
    TOPIC("topic"),
    /** A Pub/Sub subscription. */
    SUBSCRIPTION("subscription");

    private final String noun;

    Kind(String noun) {
      this.noun = noun;
    }

    /** @return {@code topic} or {@code subscription} */
    public String noun() {
      return noun;
    }

    static Kind of(ResourceKind kind) {
      return kind == ResourceKind.TOPIC ? TOPIC : SUBSCRIPTION;
    }
  }

  /** What happens to one resource. */
  public enum Action {
    /** It does not exist: it is created. */
    CREATE("create"),
    /** It exists (a subscription: reading the right topic): it is left as it is. */
    EXISTS("exists"),
    /** It exists but reads another topic than the document says: not changed, a problem. */
    CONFLICT("FAIL"),
    /** It cannot be provisioned: no valid full name, or no topic known for a subscription. */
    CANNOT("FAIL");

    private final String word;

    Action(String word) {
      this.word = word;
    }

    /** @return the word of the plan's text: {@code create}, {@code exists}, {@code FAIL} */
    public String word() {
      return word;
    }
  }

  /**
   * One resource: kind, full name (or the document's value when it does not resolve), the action,
   * for a subscription the topic it reads or will read, and the fields that name it or why it fails.
   */
  public record Step(Kind kind, String name, Action action, Optional<String> topic, String detail) {
    /**
     * @param kind topic or subscription
     * @param name the full name, or the document's value when it does not resolve
     * @param action what happens
     * @param topic for a subscription, the topic it reads or will read
     * @param detail the fields that name it, the options it gets, or why it fails
     */
    public Step {
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(action, "action");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(detail, "detail");
    }

    /**
     * @return {@code create  subscription  projects/p/subscriptions/s -> projects/p/topics/t
     *     (metrics_bus_subscription_id)}
     */
    public String toLine() {
      return String.format("%-6s  %-12s  %s%s  (%s)", action.word(), kind.noun(), name,
          topic.map(t -> " -> " + t).orElse(""), detail);
    }
  }

  /** @return the steps that create a resource */
  public List<Step> toCreate() {
    return steps.stream().filter(s -> s.action() == Action.CREATE).toList();
  }

  /** @return the conflicts and what cannot be provisioned: a user must act on them */
  public List<Step> problems() {
    return steps.stream().filter(s -> s.action() == Action.CONFLICT || s.action() == Action.CANNOT).toList();
  }

  /** @return one line per step, each ending in a newline */
  public String toText() {
    return steps.stream().map(s -> s.toLine() + "\n").collect(Collectors.joining());
  }
}
