package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * A writer's {@code node_selector} holds node labels: each key a label key, each value a label
 * value. ({@code nodepool} and {@code instance_type} are label values too: field constraints.)
 */
final class PlacementRule extends EachWriterRule {
  static final String ID = "placement";

  PlacementRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    w.nodeSelector().ifPresent(labels -> {
      FieldPath at = Paths.writer(i).child("node_selector");
      labels.forEach((key, value) -> {
        Checks.labelKey(key).forEach(m -> out.add(FieldProblem.invalid(at.key(key), key, m, ID)));
        Checks.labelValue(value).forEach(m -> out.add(FieldProblem.invalid(at.key(key), value, m, ID)));
      });
    });
  }
}
