package io.bgpersistence.kafka;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Kafka's topic name rules, the same as the broker's ({@code org.apache.kafka.common.internals.Topic},
 * which a test compares with these on generated names). Mirrored rather than called so that
 * validating a document does not load kafka-clients.
 */
final class TopicNames {
  /** The broker's limit on a topic name's length. */
  public static final int MAX_LENGTH = 249;
  /** The characters Kafka allows in a topic name. */
  public static final String LEGAL_CHARS = "[a-zA-Z0-9._-]+";

  private static final Pattern LEGAL = Pattern.compile(LEGAL_CHARS);

  private TopicNames() {}

  /**
   * What is wrong with the name as a Kafka topic name; empty when the broker accepts it.
   *
   * @param name a topic name
   * @return the problems, at most one
   */
  public static List<String> problems(String name) {
    if (name.isEmpty()) {
      return List.of("a Kafka topic name cannot be empty");
    }
    if (name.equals(".") || name.equals("..")) {
      return List.of("a Kafka topic name cannot be \".\" or \"..\"");
    }
    if (name.length() > MAX_LENGTH) {
      return List.of("a Kafka topic name can have at most " + MAX_LENGTH + " characters");
    }
    if (!LEGAL.matcher(name).matches()) {
      return List.of("a Kafka topic name may contain only ASCII letters, digits, '.', '_' and '-'");
    }
    return List.of();
  }

  /**
   * Whether the broker accepts the name.
   *
   * @param name a topic name
   * @return whether {@link #problems} is empty
   */
  public static boolean isLegal(String name) {
    return problems(name).isEmpty();
  }

  /**
   * The name with {@code .} and {@code _} made one: Kafka's metric names do not tell them apart,
   * so two topics with the same key collide (the broker refuses to create the second one).
   *
   * @param name a topic name
   * @return the name with every {@code .} replaced by {@code _}
   */

  public static String collisionKey(String name) {
    return name.replace('.', '_');
  }
}
