package io.bgpersistence.render;

import java.util.Objects;
import java.util.Optional;

/**
 * A pod toleration as a value (fabric8's {@code Toleration} is a mutable bean). Fields as in
 * Kubernetes: {@code operator} {@code Equal} or {@code Exists}, {@code effect} {@code NoSchedule},
 * {@code PreferNoSchedule} or {@code NoExecute}.
 */
public record PodToleration(
    Optional<String> key, String operator, Optional<String> value, Optional<String> effect) {
  public PodToleration {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effect, "effect");
  }

  /** {@code key=value:effect}, the common case. */
  public static PodToleration equal(String key, String value, String effect) {
    return new PodToleration(Optional.of(key), "Equal", Optional.of(value), Optional.of(effect));
  }

  /** Tolerates any value of {@code key} with {@code effect}. */
  public static PodToleration exists(String key, String effect) {
    return new PodToleration(Optional.of(key), "Exists", Optional.empty(), Optional.of(effect));
  }
}
