package io.bgpersistence.validation;

import java.util.List;

/** The core's rules, in the order they run; per-field constraints first. */
final class BuiltInRules {
  private BuiltInRules() {}

  static List<DocumentRule> all() {
    return List.of(
        new PlaceholderRule());
  }
}
