package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * Warns when a writer has no memory limit: a leaking writer then takes the node's memory. (No cpu
 * limit is a common, deliberate choice, so it is not flagged.)
 */
final class MemoryLimitRule extends EachWriterRule {
  static final String ID = "memory-limit";

  MemoryLimitRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    if (w.limit().isPresent() && Resources.MEMORY.limit(w).filter(v -> !v.isBlank()).isEmpty()) {
      out.add(FieldProblem.required(Resources.MEMORY.limitPath(i),
          "no memory limit: a writer that leaks can take the node's memory", ID).asWarning());
    }
  }
}
