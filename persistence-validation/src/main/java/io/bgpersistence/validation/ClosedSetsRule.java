package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Values of a closed set are one of its members, ignoring case as the platform's own documents do
 * (NotSupported, listing them and the closest): the settings whose {@link Setting} row lists
 * allowed values. Writer types are {@link WriterTypeRule}'s.
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
          .filter(v -> setting.allowedValues().stream().noneMatch(v::equalsIgnoreCase))
          .ifPresent(v -> out.add(FieldProblem.notSupported(setting.pathIn(document), v, setting.allowedValues(), ID)));
    }
    return out;
  }
}
