package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values of a closed set are one of its members (NotSupported, listing them and the closest):
 * the settings whose {@link Setting} row lists allowed values, and each writer's
 * {@code bus_subscriber_type} from the registry.
 */
final class ClosedSetsRule implements DocumentRule {
  static final String ID = "closed-set";

  /** The settings whose row in the table names a closed set of values. */
  private static final List<Setting> CLOSED = Arrays.stream(Setting.values())
      .filter(s -> !s.allowedValues().isEmpty())
      .toList();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting setting : CLOSED) {
      setting.givenIn(document)
          .filter(v -> !setting.allowedValues().contains(v))
          .ifPresent(v -> out.add(FieldProblem.notSupported(Paths.of(setting), v, setting.allowedValues(), ID)));
    }
    List<String> types = context.registry().names();
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      int index = i;
      Values.given(writers.get(i).busSubscriberType())
          .filter(v -> context.registry().find(v).isEmpty())
          .ifPresent(v -> out.add(FieldProblem.notSupported(
              Paths.writer(index).child("bus_subscriber_type"), v, types, ID)));
    }
    return out;
  }
}
