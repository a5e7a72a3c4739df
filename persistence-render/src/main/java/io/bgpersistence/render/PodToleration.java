package io.bgpersistence.render;

import java.util.Objects;
import java.util.Optional;

/**
 * A pod toleration as a value (fabric8's {@code Toleration} is a mutable bean). Fields as in
 * Kubernetes: {@code operator} {@code Equal} or {@code Exists}, {@code effect} {@code NoSchedule},
 * {@code PreferNoSchedule} or {@code NoExecute}.
 *
 * @param key the taint key; empty with {@code Exists} tolerates every taint
 * @param operator {@code Equal} or {@code Exists}
 * @param value the taint value, with {@code Equal}
 * @param effect the taint effect; empty tolerates every effect
 */
public record PodToleration(
    Optional<String> key, String operator, Optional<String> value, Optional<String> effect) {
  /**
   * A toleration; no part may be null.
   *
   * @param key the taint key; empty with {@code Exists} tolerates every taint
   * @param operator {@code Equal} or {@code Exists}
   * @param value the taint value, with {@code Equal}
   * @param effect the taint effect; empty tolerates every effect
   */
  public PodToleration {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(operator, "operator");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(effect, "effect");
  }

  private static final java.util.Set<String> OPERATORS = java.util.Set.of("Equal", "Exists");
  private static final java.util.Set<String> EFFECTS = java.util.Set.of("NoSchedule", "PreferNoSchedule", "NoExecute");

  /** What Kubernetes would refuse in this toleration, if anything. */
  Optional<String> problem() {
    if (!OPERATORS.contains(operator)) {
      return Optional.of("toleration operator \"" + operator + "\" is not one of Equal, Exists");
    }
    if (operator.equals("Exists") && value.isPresent()) {
      return Optional.of("toleration " + key.orElse("") + ": operator Exists takes no value");
    }
    if (key.isPresent() && !KubernetesNames.isQualifiedName(key.get())) {
      return Optional.of("toleration key \"" + key.get() + "\" is not a qualified name");
    }
    if (value.isPresent() && !KubernetesNames.isLabelValue(value.get())) {
      return Optional.of("toleration " + key.orElse("") + ": value \"" + value.get() + "\" is not a label value");
    }
    return effect.filter(e -> !EFFECTS.contains(e))
        .map(e -> "toleration effect \"" + e + "\" is not one of NoSchedule, PreferNoSchedule, NoExecute");
  }

  /**
   * {@code key=value:effect}, the common case.
   *
   * @param key the taint key
   * @param value the taint value
   * @param effect the taint effect
   * @return the toleration
   */
  public static PodToleration equal(String key, String value, String effect) {
    return new PodToleration(Optional.of(key), "Equal", Optional.of(value), Optional.of(effect));
  }

  /**
   * Tolerates any value of {@code key} with {@code effect}.
   *
   * @param key the taint key
   * @param effect the taint effect
   * @return the toleration
   */

  public static PodToleration exists(String key, String effect) {
    return new PodToleration(Optional.of(key), "Exists", Optional.empty(), Optional.of(effect));
  }
}
