package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule about each writer on its own: the loop lives here, each rule states only its check. The
 * validator runs all such rules writer by writer ({@link #checkTogether}).
 */
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
    checkOutsideWriters(document, context, out);
    for (int i = 0; i < document.writers().size(); i++) {
      check(document.writers().get(i), i, context, out);
    }
    return out;
  }

  /**
   * What each rule's own {@link #check(PersistenceDocument, ValidationContext)} gives, in the
   * rules' order, found writer by writer: every rule checks a writer before the next one is
   * looked at. A fleet larger than the processor's cache is then read from memory once, not once
   * per rule. A rule that throws checks no further and gives what {@code broken} makes of it.
   */
  static List<List<FieldProblem>> checkTogether(List<EachWriterRule> rules, PersistenceDocument document,
      ValidationContext context, BiFunction<DocumentRule, Throwable, List<FieldProblem>> broken) {
    List<List<FieldProblem>> found = new ArrayList<>(rules.size());
    boolean[] stopped = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      found.add(new ArrayList<>());
      try {
        rules.get(r).checkOutsideWriters(document, context, found.get(r));
      } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
        found.set(r, broken.apply(rules.get(r), e));
        stopped[r] = true;
      }
    }
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      WriterSpec writer = writers.get(i);
      for (int r = 0; r < rules.size(); r++) {
        if (!stopped[r]) {
          try {
            rules.get(r).check(writer, i, context, found.get(r));
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            found.set(r, broken.apply(rules.get(r), e));
            stopped[r] = true;
          }
        }
      }
    }
    return found;
  }

  /** Adds the problems found outside the writers to {@code out}: none, unless a rule says so. */
  void checkOutsideWriters(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {}

  /** Adds the problems of {@code writer}, which is {@code writers[index]}, to {@code out}. */
  abstract void check(WriterSpec writer, int index, ValidationContext context, List<FieldProblem> out);
}
