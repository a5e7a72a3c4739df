package io.bgpersistence.render;

import java.util.regex.Pattern;

/**
 * Kubernetes' own name rules (apimachinery's {@code IsQualifiedName}, {@code IsValidLabelValue},
 * {@code IsDNS1123Subdomain}), for the values a user adds through {@link RenderOptions}: a bad one
 * is refused here instead of by the API server at apply time.
 */
final class KubernetesNames {
  private static final Pattern NAME_PART = Pattern.compile("([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]");
  private static final Pattern DNS1123_SUBDOMAIN =
      Pattern.compile("[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*");

  private KubernetesNames() {}

  /** A label or annotation key: {@code [prefix/]name}, name at most 63 characters. */
  static boolean isQualifiedName(String key) {
    int slash = key.indexOf('/');
    String name = slash < 0 ? key : key.substring(slash + 1);
    if (slash >= 0 && !isDns1123Subdomain(key.substring(0, slash))) {
      return false;
    }
    return name.length() <= 63 && NAME_PART.matcher(name).matches();
  }

  /** A label value: empty, or at most 63 characters of the name alphabet. */
  static boolean isLabelValue(String value) {
    return value.isEmpty() || (value.length() <= 63 && NAME_PART.matcher(value).matches());
  }

  /** An object name such as a Secret's or a PriorityClass's. */
  static boolean isDns1123Subdomain(String value) {
    return value.length() <= 253 && DNS1123_SUBDOMAIN.matcher(value).matches();
  }
}
