package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.List;
import java.util.function.Supplier;

/**
 * A rule about every string value a document holds, each with its path made on demand. The values
 * are handed over one by one, not collected: a fleet of 10,000 writers holds hundreds of thousands.
 * A writer's strings are checked in the validator's one pass over the writers ({@link
 * WriterPassRule#checkTogether}).
 */
abstract class EachStringRule extends EachWriterRule {
  EachStringRule(String id) {
    super(id);
  }

  /** Adds the problems of one string value, at {@code at}, to {@code out}. */
  abstract void check(String value, Supplier<FieldPath> at, List<FieldProblem> out);

  @Override
  final void checkOutsideWriters(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    DocumentWalk.walkOutsideWriters(document, visitor(out));
  }

  @Override
  final void check(WriterSpec writer, int index, ValidationContext context, List<FieldProblem> out) {
    DocumentWalk.walkWriter(writer, index, visitor(out));
  }

  private DocumentWalk.Visitor visitor(List<FieldProblem> out) {
    return new DocumentWalk.Visitor() {
      @Override
      public void string(String value, Supplier<FieldPath> at) {
        check(value, at, out);
      }
    };
  }
}
