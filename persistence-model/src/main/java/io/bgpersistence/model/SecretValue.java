package io.bgpersistence.model;

import java.util.Objects;

/**
 * A secret held in memory (a credential read for preflight, say). Like Kafka's {@code Password},
 * its {@code toString()} never shows the value, so logs and debug output cannot leak it.
 */
public final class SecretValue {
  private final String value;

  /**
   * Wraps a secret.
   *
   * @param value the secret itself
   */
  public SecretValue(String value) {
    this.value = Objects.requireNonNull(value, "value");
  }

  /**
   * The value itself: call only where it is used, never to print.
   *
   * @return the secret
   */

  public String reveal() {
    return value;
  }

  @Override
  public String toString() {
    return Secrets.MASK;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SecretValue other && value.equals(other.value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }
}
