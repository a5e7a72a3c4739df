package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSetting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A warning for a setting of the other backend (a {@code kafka_*} setting under PUBSUB, say): the
 * writers ignore it, which is rarely what the author meant. Which backend a setting belongs to is
 * the {@link Setting} table's.
 */
final class BackendSettingsRule implements DocumentRule {
  static final String ID = "backend-setting";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    Optional<BusBackend> backend = BusBackend.of(document);
    if (backend.isEmpty()) {
      return List.of();
    }
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      if (s.backend().isPresent() && s.backend().get() != backend.get() && s.givenIn(document).isPresent()) {
        out.add(ignored(s.pathIn(document), s.backend().get(), backend.get()));
      }
    }
    for (int i = 0; i < document.writers().size(); i++) {
      WriterSpec w = document.writers().get(i);
      for (WriterSetting s : WriterSetting.values()) {
        if (s.backend().isPresent() && s.backend().get() != backend.get() && s.valueIn(w).isPresent()) {
          out.add(ignored(s.pathIn(Paths.writer(i)), s.backend().get(), backend.get()));
        }
      }
    }
    return out;
  }

  private static FieldProblem ignored(FieldPath at, BusBackend its, BusBackend used) {
    return FieldProblem.forbidden(at, "is a " + its.wireName() + " setting; with bus_backend "
        + used.wireName() + " the writers ignore it", ID).asWarning();
  }
}
