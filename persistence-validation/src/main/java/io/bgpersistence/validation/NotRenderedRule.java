package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import java.util.List;
import java.util.Optional;

/**
 * Fields that are kept and checked but that bpctl does not render, said as warnings so nobody
 * expects them in the cluster: {@code observability_daemons} (profilers and collectors need host
 * access that the restricted Pod Security profile refuses) and a writer's {@code storage} resource
 * (Kubernetes has no such container resource; storage belongs to volumes).
 */
final class NotRenderedRule extends EachWriterRule {
  static final String ID = "not-rendered";

  NotRenderedRule() {
    super(ID);
  }

  @Override
  void checkOutsideWriters(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    document.observabilityDaemons().filter(d -> !d.isEmpty()).ifPresent(d -> out.add(FieldProblem.forbidden(
        FieldPath.ROOT.child("observability_daemons"), "is kept but not rendered: the collectors need host "
            + "access (host PID, privileges) that the restricted Pod Security profile refuses", ID).asWarning()));
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    storage(w.request(), Paths.writer(i).child("request"), out);
    storage(w.limit(), Paths.writer(i).child("limit"), out);
  }

  private static void storage(Optional<ResourceSpec> r, FieldPath at, List<FieldProblem> out) {
    r.flatMap(ResourceSpec::storage).ifPresent(v -> out.add(FieldProblem.forbidden(at.child("storage"),
        "is kept but not rendered: Kubernetes has no 'storage' resource for containers (it sizes volumes); "
            + "ephemeral_storage is the container's scratch space", ID).asWarning()));
  }
}
