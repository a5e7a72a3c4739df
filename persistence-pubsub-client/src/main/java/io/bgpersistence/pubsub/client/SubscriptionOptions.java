package io.bgpersistence.pubsub.client;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@link PubSubBus} creates a missing subscription, each empty for Pub/Sub's default:
 * the ack deadline (10 to 600 seconds; Pub/Sub's default is 10), the message retention (10 minutes
 * to 7 days; default 7 days), and a dead-letter topic with the delivery attempts before a message
 * goes there (5 to 100; default 5). A dead-letter topic is a topic name, full or a short id.
 */
public record SubscriptionOptions(OptionalInt ackDeadlineSeconds, Optional<Duration> messageRetention,
    Optional<String> deadLetterTopic, int maxDeliveryAttempts) {
  /** Pub/Sub's shortest ack deadline, in seconds. */
  public static final int MIN_ACK_DEADLINE = 10;
  /** Pub/Sub's longest ack deadline, in seconds. */
  public static final int MAX_ACK_DEADLINE = 600;
  /** Pub/Sub's shortest message retention. */
  public static final Duration MIN_RETENTION = Duration.ofMinutes(10);
  /** Pub/Sub's longest message retention. */
  public static final Duration MAX_RETENTION = Duration.ofDays(7);
  /** Pub/Sub's fewest delivery attempts before dead-lettering. */
  public static final int MIN_DELIVERY_ATTEMPTS = 5;
  /** Pub/Sub's most delivery attempts before dead-lettering. */
  public static final int MAX_DELIVERY_ATTEMPTS = 100;
  /** Pub/Sub's defaults for every option. */
  public static final SubscriptionOptions DEFAULTS =
      new SubscriptionOptions(OptionalInt.empty(), Optional.empty(), Optional.empty(), MIN_DELIVERY_ATTEMPTS);

  /**
   * @param ackDeadlineSeconds the ack deadline, 10 to 600 seconds; empty for Pub/Sub's default
   * @param messageRetention how long unacked messages are kept, 10 minutes to 7 days; empty for the default
   * @param deadLetterTopic the dead-letter topic, a full name or a short id; empty for none
   * @param maxDeliveryAttempts attempts before a message is dead-lettered, 5 to 100
   * @throws IllegalArgumentException when a value is outside Pub/Sub's range
   */
  public SubscriptionOptions {
    Objects.requireNonNull(ackDeadlineSeconds, "ackDeadlineSeconds");
    Objects.requireNonNull(messageRetention, "messageRetention");
    Objects.requireNonNull(deadLetterTopic, "deadLetterTopic");
    if (ackDeadlineSeconds.isPresent()
        && (ackDeadlineSeconds.getAsInt() < MIN_ACK_DEADLINE || ackDeadlineSeconds.getAsInt() > MAX_ACK_DEADLINE)) {
      throw new IllegalArgumentException("the ack deadline must be " + MIN_ACK_DEADLINE + " to " + MAX_ACK_DEADLINE
          + " seconds, not " + ackDeadlineSeconds.getAsInt());
    }
    if (messageRetention.isPresent() && (messageRetention.get().compareTo(MIN_RETENTION) < 0
        || messageRetention.get().compareTo(MAX_RETENTION) > 0)) {
      throw new IllegalArgumentException("the message retention must be 10 minutes to 7 days, not "
          + messageRetention.get().getSeconds() + " s");
    }
    if (maxDeliveryAttempts < MIN_DELIVERY_ATTEMPTS || maxDeliveryAttempts > MAX_DELIVERY_ATTEMPTS) {
      throw new IllegalArgumentException("the delivery attempts must be " + MIN_DELIVERY_ATTEMPTS + " to "
          + MAX_DELIVERY_ATTEMPTS + ", not " + maxDeliveryAttempts);
    }
  }

  /** {@code ack deadline 60 s, retention 86400 s, dead-letter topic T after 5 attempts}; empty for all defaults. */
  String describe(Optional<String> deadLetterFullName) {
    java.util.List<String> parts = new java.util.ArrayList<>();
    ackDeadlineSeconds.ifPresent(s -> parts.add("ack deadline " + s + " s"));
    messageRetention.ifPresent(r -> parts.add("retention " + r.getSeconds() + " s"));
    deadLetterFullName.ifPresent(d -> parts.add("dead-letter topic " + d + " after " + maxDeliveryAttempts + " attempts"));
    return String.join(", ", parts);
  }
}
