package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Every string value a document holds, with its path: the settings, then each writer's fields. */
final class StringValues {
  record At(FieldPath path, String value) {}

  private StringValues() {}

  static List<At> of(PersistenceDocument document) {
    List<At> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      s.valueIn(document).ifPresent(v -> out.add(new At(s.path(), v)));
    }
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      WriterSpec w = writers.get(i);
      FieldPath at = Paths.writer(i);
      add(out, at.child("name"), w.name());
      add(out, at.child("bus_subscriber_type"), w.busSubscriberType());
      w.request().ifPresent(r -> resources(out, at.child("request"), r));
      w.limit().ifPresent(r -> resources(out, at.child("limit"), r));
      add(out, at.child("version"), w.version());
    }
    return out;
  }

  private static void resources(List<At> out, FieldPath at, ResourceSpec r) {
    add(out, at.child("cpu"), r.cpu());
    add(out, at.child("memory"), r.memory());
  }

  private static void add(List<At> out, FieldPath path, Optional<String> value) {
    value.ifPresent(v -> out.add(new At(path, v)));
  }
}
