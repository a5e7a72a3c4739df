package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;

/**
 * A request is at most its limit, for cpu and memory alike: Kubernetes rejects a pod whose request
 * exceeds its limit, so this is an error, reported at the request. Compared numerically
 * ({@code 1Gi} equals {@code 1024Mi}); values that are not quantities are another rule's concern.
 */
final class RequestWithinLimitRule extends EachWriterRule {
  static final String ID = "request-within-limit";

  RequestWithinLimitRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    for (Resources r : Resources.values()) {
      Optional<BigDecimal> request = Resources.amount(r.request(w));
      Optional<BigDecimal> limit = Resources.amount(r.limit(w));
      if (request.isPresent() && limit.isPresent() && request.get().compareTo(limit.get()) > 0) {
        out.add(FieldProblem.invalid(r.requestPath(i), r.request(w).get(),
            "must be less than or equal to the " + r.jsonName() + " limit (" + r.limit(w).get() + ")", ID));
      }
    }
  }
}
