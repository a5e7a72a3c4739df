package io.bgpersistence.model;

import java.util.Locale;

/**
 * Which values may be secret: {@code kafka_sasl_secret} (people paste the credential itself there),
 * any field whose name contains secret, password, token or credential, and the few fields that hold
 * keys or URIs under other names. Such values are never echoed, in messages, {@code toString()},
 * logs or debug output.
 */
public final class Secrets {
  /** What stands in for a value that is not shown. */
  public static final String MASK = "****";
  private static final String[] SECRET_WORDS = {"secret", "password", "token", "credential"};
  /** Fields whose names do not say so but whose values are keys or may embed a password. */
  private static final java.util.Set<String> SECRET_FIELDS = java.util.Set.of("autodiscover_key", "api_key", "usage_store_uri");

  private Secrets() {}

  /**
   * Whether a field of this name may hold a secret, so that its value is never shown.
   *
   * @param fieldName a field's name as the JSON has it (or an environment variable's); case does not matter
   * @return whether a field of this name may hold a secret, so that its value is never shown
   */
  public static boolean isSecretName(String fieldName) {
    String lower = fieldName.toLowerCase(Locale.ROOT);
    if (SECRET_FIELDS.contains(lower)) {
      return true;
    }
    for (String word : SECRET_WORDS) {
      if (lower.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether the value at this path must not be shown: any field on the path that is secret.
   *
   * @param path where the value is in a document; the root is never secret
   * @return whether the value at this path must not be shown: any field on the path that is secret
   */
  public static boolean isSecretPath(FieldPath path) {
    for (FieldPath p = path; !p.isRoot(); p = p.parent()) {
      if (isSecretName(p.lastName())) {
        return true;
      }
    }
    return false;
  }
}
