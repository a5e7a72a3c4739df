package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.IntOrPercent;
import io.bgpersistence.model.WriterSpec;
import java.util.List;
import java.util.Optional;

/**
 * {@code pdb_min_available} and {@code pdb_max_unavailable} are each a count or a percentage, and
 * at most one of them is given: a PodDisruptionBudget takes one or the other.
 */
final class DisruptionBudgetRule extends EachWriterRule {
  static final String ID = "disruption-budget";

  DisruptionBudgetRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    check(w.pdbMinAvailable(), "pdb_min_available", i, out);
    check(w.pdbMaxUnavailable(), "pdb_max_unavailable", i, out);
    if (w.pdbMinAvailable().isPresent() && w.pdbMaxUnavailable().isPresent()) {
      out.add(FieldProblem.forbidden(Paths.writer(i).child("pdb_max_unavailable"),
          "may not be given with pdb_min_available: a PodDisruptionBudget takes one or the other", ID));
    }
  }

  private static void check(Optional<IntOrPercent> value, String field, int i, List<FieldProblem> out) {
    value.ifPresent(v -> Checks.countOrPercent(v).forEach(m ->
        out.add(FieldProblem.invalid(Paths.writer(i).child(field), v.toString(), m, ID))));
  }
}
