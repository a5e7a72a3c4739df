package io.bgpersistence.model;

import java.util.Locale;

/**
 * Which values may be secret (docs/contract.md, "Problems"): {@code kafka_sasl_secret} (people
 * paste the credential itself there) and any field whose name contains secret, password, token or
 * credential is never echoed, in messages, {@code toString()}, logs or debug output.
 */
public final class Secrets {
  /** What is shown instead of a secret value. */
  public static final String MASK = "****";
  private static final String[] SECRET_WORDS = {"secret", "password", "token", "credential"};

  private Secrets() {}

  /**
   * Whether a field of this name may hold a secret.
   *
   * @param fieldName a JSON field name
   * @return whether it contains secret, password, token or credential, case aside
   */
  public static boolean isSecretName(String fieldName) {
    String lower = fieldName.toLowerCase(Locale.ROOT);
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
   * @param path a path
   * @return whether a field on it may hold a secret
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
