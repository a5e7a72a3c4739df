package io.bgpersistence.validation;

import java.util.Optional;

/** What "given" means for a string: present and not blank (blank is as good as missing). */
final class Values {
  private Values() {}

  static Optional<String> given(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }
}
