package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;

/** A rule about each writer on its own: the loop lives here, each rule states only its check. */
abstract class EachWriterRule implements DocumentRule {
  private final String id;

  EachWriterRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (int i = 0; i < document.writers().size(); i++) {
      check(document.writers().get(i), i, out);
    }
    return out;
  }

  /** Adds the problems of {@code writer}, which is {@code writers[index]}, to {@code out}. */
  abstract void check(WriterSpec writer, int index, List<FieldProblem> out);
}
