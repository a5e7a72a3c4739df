package io.bgpersistence.pubsub.client;

import java.util.Objects;
import java.util.Optional;

/**
 * The two questions preflight asks Pub/Sub, answered as values. {@link GoogleAdmin} answers them
 * with Google's client; this interface keeps every Google type out of the checks' own logic (and
 * so off bpctl's cold path).
 */
interface PubSubAdmin extends AutoCloseable {
  /** Looks up a topic by full resource name. */
  Lookup topic(String fullName);

  /** Looks up a subscription by full resource name; when found, {@link Lookup#topic} is the topic it reads. */
  Lookup subscription(String fullName);

  /** Creates a topic; FOUND when created, ALREADY_EXISTS when someone was first. */
  Lookup createTopic(String fullName);

  /**
   * Creates a subscription reading {@code topic} with the options; FOUND (with the topic) when
   * created, ALREADY_EXISTS when someone was first.
   */
  Lookup createSubscription(String fullName, String topic, SubscriptionOptions options);

  /** Where the answers come from, for messages: {@code Pub/Sub at 127.0.0.1:8085}. */
  String describe();

  @Override
  void close();

  enum Outcome {
    FOUND,
    NOT_FOUND,
    /** The service did not answer (down, wrong endpoint, timed out): asking again will not help. */
    UNREACHABLE,
    /** Any other refusal, such as a missing permission. */
    FAILED,
    /** A creation found the resource already there. */
    ALREADY_EXISTS,
    /** Not asked: the service had stopped answering before (one timeout, not one per resource). */
    NOT_ASKED
  }

  /** One answer: found (with the attached topic for a subscription), or why not. */
  record Lookup(Outcome outcome, Optional<String> topic, String reason) {
    public Lookup {
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(topic, "topic");
      Objects.requireNonNull(reason, "reason");
    }

    static Lookup found(Optional<String> topic) {
      return new Lookup(Outcome.FOUND, topic, "");
    }

    static Lookup failed(Outcome outcome, String reason) {
      return new Lookup(outcome, Optional.empty(), reason);
    }
  }
}
