package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * A writer's {@code hpa_specs}: its maximum is at least its minimum (defaults included). Each
 * number's own range is a field constraint; which backend can scale on a subscription is the
 * backend's to say.
 */
final class AutoscalingRule extends EachWriterRule {
  static final String ID = "autoscaling";

  AutoscalingRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    w.hpaSpecs().filter(h -> h.maxReplicas() < h.minReplicas()).ifPresent(h -> out.add(FieldProblem.invalid(
        Paths.writer(i).child("hpa_specs").child(h.hpaMaxReplicas().isPresent() ? "hpa_max_replicas" : "hpa_min_replicas"),
        String.valueOf(h.hpaMaxReplicas().isPresent() ? h.maxReplicas() : h.minReplicas()),
        "hpa_max_replicas (" + h.maxReplicas() + ") must be at least hpa_min_replicas (" + h.minReplicas() + ")", ID)));
  }
}
