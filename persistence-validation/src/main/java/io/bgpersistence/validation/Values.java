package io.bgpersistence.validation;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.Optional;

/** What "given" means for a string: present and not blank (blank is as good as missing). */
final class Values {
  private Values() {}

  static Optional<String> given(Optional<String> value) {
    return value.filter(v -> !v.isBlank());
  }

  static Optional<String> given(Setting setting, PersistenceDocument document) {
    return given(setting.valueIn(document));
  }
}
