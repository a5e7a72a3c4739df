package io.bgpersistence.render;

import io.bgpersistence.validation.Checks;

/**
 * Kubernetes' name rules for the values a user adds through {@link RenderOptions} (a bad one is
 * refused here instead of by the API server at apply time), as yes/no questions over the one set
 * of checkers the validator uses ({@link Checks}).
 */
final class KubernetesNames {
  private KubernetesNames() {}

  /** A label or annotation key: {@code [prefix/]name}, name at most 63 characters. */
  static boolean isQualifiedName(String key) {
    return Checks.labelKey(key).isEmpty();
  }

  /** A label value: empty, or at most 63 characters of the name alphabet. */
  static boolean isLabelValue(String value) {
    return Checks.labelValue(value).isEmpty();
  }

  /** An object name such as a Secret's or a PriorityClass's. */
  static boolean isDns1123Subdomain(String value) {
    return Checks.dns1123Subdomain(value).isEmpty();
  }
}
