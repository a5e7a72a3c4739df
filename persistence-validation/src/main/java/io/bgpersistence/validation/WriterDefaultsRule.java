package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * What the platform's API lets a writer leave out, but is worth saying: without {@code request}
 * the scheduler places the pod blind, without {@code limit} its limits are its requests, without
 * {@code version} its objects carry no version label. Warnings, never errors.
 */
final class WriterDefaultsRule extends EachWriterRule {
  static final String ID = "writer-defaults";

  WriterDefaultsRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    if (w.request().isEmpty()) {
      out.add(FieldProblem.required(Paths.writer(i).child("request"), "is missing: the writer gets the default "
          + "request (cpu " + WriterSpec.DEFAULT_REQUEST.cpu().orElseThrow() + ", memory "
          + WriterSpec.DEFAULT_REQUEST.memory().orElseThrow() + ")", ID).asWarning());
    }
    if (w.limit().isEmpty()) {
      out.add(FieldProblem.required(Paths.writer(i).child("limit"),
          "is missing: the writer's limits are its requests", ID).asWarning());
    }
    if (w.version().filter(v -> !v.isBlank()).isEmpty()) {
      out.add(FieldProblem.required(Paths.writer(i).child("version"),
          "is missing: the writer's objects carry no app.kubernetes.io/version label", ID).asWarning());
    }
  }
}
