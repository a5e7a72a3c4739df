package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The validator runs the rules that pass over the writers in one pass, all of them on one writer
 * before the next: each rule must still find exactly what it finds on its own, and one that
 * throws must not keep the others from any writer.
 */
class WriterPassRuleTest {
  private static final int TRIES = Integer.getInteger("qt.examples", 1000);
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();
  private static final ValidationContext CONTEXT = new ValidationContext(VALIDATOR.registry());

  private static List<WriterPassRule<?>> writerPassRules() {
    return VALIDATOR.rules().stream().filter(WriterPassRule.class::isInstance)
        .<WriterPassRule<?>>map(WriterPassRule.class::cast).toList();
  }

  @Test
  void checkedTogetherEachRuleFindsWhatItFindsAlone() {
    List<WriterPassRule<?>> rules = writerPassRules();
    assertEquals(true, rules.stream().anyMatch(EachStringRule.class::isInstance), "the string rules are among them");
    assertEquals(true, rules.stream().anyMatch(PipelineConsumerRule.class::isInstance), "and those that look across writers");
    // Valid documents too: arbitrary ones have hardly a writer type that publishes to a bus.
    Gen<PersistenceDocument> documents = DocumentGenerators.validDocuments().mix(DocumentGenerators.arbitraryDocuments(), 50);
    qt().withExamples(TRIES).forAll(documents).checkAssert(doc -> {
      List<List<FieldProblem>> together = WriterPassRule.checkTogether(rules, doc, CONTEXT, (rule, e) -> {
        throw new AssertionError(rule.id() + " threw", e);
      });
      for (int r = 0; r < rules.size(); r++) {
        assertEquals(rules.get(r).check(doc, CONTEXT), together.get(r), rules.get(r).id());
      }
    });
  }

  @Test
  void aStringRuleSeesEveryStringOfTheDocumentOnceInDocumentOrder() {
    // Outside the writers, then each writer: together the one walk of the whole document, in its
    // order (a rule's problems come in document order).
    qt().withExamples(TRIES).forAll(DocumentGenerators.arbitraryDocuments()).checkAssert(doc -> {
      List<String> whole = new ArrayList<>();
      DocumentWalk.walk(doc, new DocumentWalk.Visitor() {
        @Override
        public void string(String value, Supplier<FieldPath> at) {
          whole.add(at.get() + "=" + value);
        }
      });
      List<String> seen = new ArrayList<>();
      new EachStringRule("every-string") {
        @Override
        void check(String value, Supplier<FieldPath> at, List<FieldProblem> out) {
          seen.add(at.get() + "=" + value);
        }
      }.check(doc, CONTEXT);
      assertEquals(whole, seen);
    });
  }

  @Test
  void aRuleThatThrowsOnOneWriterIsReportedAndTheOthersCheckEveryWriter() {
    PersistenceDocument doc = SampleDocuments.kafka();
    EachWriterRule throwing = new EachWriterRule("throws-on-the-second") {
      @Override
      void check(WriterSpec writer, int index, ValidationContext context, List<FieldProblem> out) {
        out.add(FieldProblem.invalid(Paths.writer(index), null, "checked", id()));
        if (index == 1) {
          throw new IllegalStateException("bug");
        }
      }
    };
    EachWriterRule naming = namingEveryWriter();
    List<FieldProblem> broken = List.of(FieldProblem.invalid(FieldPath.ROOT, null, "broken", "test"));
    List<List<FieldProblem>> found = WriterPassRule.checkTogether(List.of(throwing, naming), doc, CONTEXT, (rule, e) -> {
      assertEquals("throws-on-the-second", rule.id());
      assertEquals(IllegalStateException.class, e.getClass());
      return broken;
    });
    assertEquals(broken, found.get(0));
    assertEquals(doc.writers().size(), found.get(1).size());
    assertEquals(naming.check(doc, CONTEXT), found.get(1));
  }

  @Test
  void aRuleThatThrowsAfterTheLastWriterIsReportedAndTheOthersKeepWhatTheyFound() {
    PersistenceDocument doc = SampleDocuments.kafka();
    WriterPassRule<List<Integer>> counting = new WriterPassRule<>("throws-when-finishing") {
      @Override
      List<Integer> start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
        return new ArrayList<>();
      }

      @Override
      void see(List<Integer> seen, WriterSpec writer, int index, List<FieldProblem> out) {
        seen.add(index);
      }

      @Override
      void finish(List<Integer> seen, List<FieldProblem> out) {
        throw new IllegalStateException("bug after " + seen.size() + " writers");
      }
    };
    EachWriterRule naming = namingEveryWriter();
    List<FieldProblem> broken = List.of(FieldProblem.invalid(FieldPath.ROOT, null, "broken", "test"));
    List<List<FieldProblem>> found = WriterPassRule.checkTogether(List.of(counting, naming), doc, CONTEXT, (rule, e) -> {
      assertEquals("throws-when-finishing", rule.id());
      assertEquals("bug after " + doc.writers().size() + " writers", e.getMessage());
      return broken;
    });
    assertEquals(List.of(broken, naming.check(doc, CONTEXT)), found);
  }

  /** A rule with a problem at every writer. */
  private static EachWriterRule namingEveryWriter() {
    return new EachWriterRule("names-every-writer") {
      @Override
      void check(WriterSpec writer, int index, ValidationContext context, List<FieldProblem> out) {
        out.add(FieldProblem.invalid(Paths.writer(index), null, "checked", id()));
      }
    };
  }
}
