package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

/**
 * A rule that sees a document's writers one after another, keeping what it needs from one to the
 * next (its {@code S}), and may report once it has seen them all: the loop lives here. The
 * validator runs all such rules in one pass over the writers ({@link #checkTogether}).
 *
 * @param <S> what the rule keeps while it sees one document's writers
 */
abstract class WriterPassRule<S> implements DocumentRule {
  private final String id;

  WriterPassRule(String id) {
    this.id = id;
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    S kept = start(document, context, out);
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      see(kept, writers.get(i), i, out);
    }
    finish(kept, out);
    return out;
  }

  /**
   * What each rule's own {@link #check(PersistenceDocument, ValidationContext)} gives, in the
   * rules' order, found in one pass over the writers: every rule sees a writer before the next one
   * is looked at. A fleet larger than the processor's cache is then read from memory once, not
   * once per rule. A rule that throws checks no further and gives what {@code broken} makes of it.
   */
  static List<List<FieldProblem>> checkTogether(List<? extends WriterPassRule<?>> rules, PersistenceDocument document,
      ValidationContext context, BiFunction<DocumentRule, Throwable, List<FieldProblem>> broken) {
    List<List<FieldProblem>> found = new ArrayList<>(rules.size());
    Object[] kept = new Object[rules.size()];
    boolean[] stopped = new boolean[rules.size()];
    for (int r = 0; r < rules.size(); r++) {
      found.add(new ArrayList<>());
      try {
        kept[r] = rules.get(r).start(document, context, found.get(r));
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
            see(rules.get(r), kept[r], writer, i, found.get(r));
          } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            found.set(r, broken.apply(rules.get(r), e));
            stopped[r] = true;
          }
        }
      }
    }
    for (int r = 0; r < rules.size(); r++) {
      if (!stopped[r]) {
        try {
          finish(rules.get(r), kept[r], found.get(r));
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          found.set(r, broken.apply(rules.get(r), e));
        }
      }
    }
    return found;
  }

  /** Before the first writer: what the rule keeps; problems outside the writers go to {@code out}. */
  abstract S start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out);

  /** Sees {@code writer}, which is {@code writers[index]}; its problems go to {@code out}. */
  abstract void see(S kept, WriterSpec writer, int index, List<FieldProblem> out);

  /** After the last writer: what is found across them goes to {@code out}; nothing, unless a rule says so. */
  void finish(S kept, List<FieldProblem> out) {}

  // What a rule kept is of the type its own start gave: checkTogether keeps it beside that rule.
  @SuppressWarnings("unchecked")
  private static <S> void see(WriterPassRule<S> rule, Object kept, WriterSpec writer, int index, List<FieldProblem> out) {
    rule.see((S) kept, writer, index, out);
  }

  @SuppressWarnings("unchecked")
  private static <S> void finish(WriterPassRule<S> rule, Object kept, List<FieldProblem> out) {
    rule.finish((S) kept, out);
  }
}
