package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Every string value a document holds, in document order: the settings, then each writer's fields.
 * A value's path is made only when asked for, since most values have nothing wrong with them.
 */
final class StringValues {
  record At(Supplier<FieldPath> path, String value) {}

  private static final Setting[] SETTINGS = Setting.values();

  private StringValues() {}

  static List<At> of(PersistenceDocument document) {
    List<At> out = new ArrayList<>();
    for (Setting s : SETTINGS) {
      s.valueIn(document).ifPresent(v -> out.add(new At(() -> Paths.of(s), v)));
    }
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      WriterSpec w = writers.get(i);
      int index = i;
      add(out, () -> Paths.writer(index).child("name"), w.name());
      add(out, () -> Paths.writer(index).child("bus_subscriber_type"), w.busSubscriberType());
      w.request().ifPresent(r -> resources(out, () -> Paths.writer(index).child("request"), r));
      w.limit().ifPresent(r -> resources(out, () -> Paths.writer(index).child("limit"), r));
      add(out, () -> Paths.writer(index).child("version"), w.version());
    }
    return out;
  }

  private static void resources(List<At> out, Supplier<FieldPath> at, ResourceSpec r) {
    add(out, () -> at.get().child("cpu"), r.cpu());
    add(out, () -> at.get().child("memory"), r.memory());
  }

  private static void add(List<At> out, Supplier<FieldPath> path, Optional<String> value) {
    value.ifPresent(v -> out.add(new At(path, v)));
  }
}
