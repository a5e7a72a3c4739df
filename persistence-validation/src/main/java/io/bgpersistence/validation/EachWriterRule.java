package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * A rule about each writer on its own: it keeps nothing from one writer to the next, and states
 * only its check. The validator runs it in its one pass over the writers ({@link #checkTogether}).
 */
abstract class EachWriterRule extends WriterPassRule<ValidationContext> {
  EachWriterRule(String id) {
    super(id);
  }

  @Override
  final ValidationContext start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    checkOutsideWriters(document, context, out);
    return context;
  }

  @Override
  final void see(ValidationContext context, WriterSpec writer, int index, List<FieldProblem> out) {
    check(writer, index, context, out);
  }

  /** Adds the problems found outside the writers to {@code out}: none, unless a rule says so. */
  void checkOutsideWriters(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {}

  /** Adds the problems of {@code writer}, which is {@code writers[index]}, to {@code out}. */
  abstract void check(WriterSpec writer, int index, ValidationContext context, List<FieldProblem> out);
}
