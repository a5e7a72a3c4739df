package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * A writer's request names both cpu and memory; every resource given (request or limit) is a
 * Kubernetes quantity.
 */
final class ResourceQuantitiesRule extends EachWriterRule {
  static final String ID = "resource-quantity";

  ResourceQuantitiesRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    for (Resources r : Resources.values()) {
      if (r.requested() && w.request().isPresent() && r.request(w).filter(v -> !v.isEmpty()).isEmpty()) {
        out.add(FieldProblem.required(r.requestPath(i), "is required: the scheduler places pods by their requests", ID));
      }
      quantity(out, () -> r.requestPath(i), r.request(w).filter(v -> !v.isEmpty()));
    }
    for (Resources r : Resources.values()) {
      quantity(out, () -> r.limitPath(i), r.limit(w));
    }
  }

  /**
   * Every value given must render: an empty limit is Invalid here, one of only spaces is reported
   * by {@link WhitespaceOnlyRule}. The path is made only for a problem: most quantities are fine.
   */
  private static void quantity(List<FieldProblem> out, Supplier<FieldPath> at, Optional<String> value) {
    value.filter(v -> v.isEmpty() || !v.isBlank()).ifPresent(v -> Checks.quantity(v)
        .forEach(message -> out.add(FieldProblem.invalid(at.get(), v, message, ID))));
  }
}
