package io.bgpersistence.validation;

import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.DocumentGenerators;
import io.bgpersistence.testing.Mutation;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/** Properties over generated documents; CI runs at least 1000 tries of each. */
class PropertiesTest {
  private static final int TRIES = Integer.getInteger("qt.examples", 1000);
  private static final DocumentValidator VALIDATOR = DocumentValidator.standard();
  private static final ValidationContext CONTEXT = new ValidationContext(WriterTypeRegistry.builtIn());

  @Test
  void generatedValidDocumentsHaveNoErrors() {
    qt().withExamples(TRIES).forAll(DocumentGenerators.validDocuments())
        .checkAssert(d -> {
          ValidationReport r = VALIDATOR.validate(d);
          if (!r.ok()) {
            throw new AssertionError("errors in a valid document: " + r.errors());
          }
        });
  }

  @Test
  void validDocumentsReadBackFromTheirJsonAreValidAndTheirUnknownFieldsWarnedOfOnce() {
    qt().withExamples(TRIES).forAll(DocumentGenerators.validDocuments())
        .checkAssert(d -> {
          ValidationReport r = VALIDATOR.validate(DocumentReader.read(PersistenceJson.canonical(d)));
          long unknownInDocument = d.unknownFields().size()
              + d.writers().stream().mapToLong(w -> w.unknownFields().size()).sum();
          long unknownReported = r.warnings().stream().filter(p -> p.type() == ProblemType.Unknown).count();
          if (!r.ok() || unknownInDocument != unknownReported) {
            throw new AssertionError(unknownInDocument + " unknown fields; report " + r);
          }
        });
  }

  @Test
  void aSingleFaultIsCaughtAtTheMutatedPathAndNowhereElse() {
    qt().withExamples(TRIES).forAll(DocumentGenerators.singleFaults())
        .checkAssert(m -> m.assertCaughtOnlyThere(VALIDATOR.validate(m.document()).errors()));
  }

  @Test
  void everyRuleSurvivesArbitraryDocuments() {
    qt().withExamples(TRIES).forAll(DocumentGenerators.arbitraryDocuments())
        .checkAssert(d -> {
          for (DocumentRule rule : VALIDATOR.rules()) {
            rule.check(d, CONTEXT);  // a throw fails the property, with the document shrunk
          }
          VALIDATOR.validate(d).strict();
        });
  }

  @Test
  void validationSurvivesArbitrarilyDamagedJson() {
    String json = PersistenceJson.canonical(SampleDocuments.kafka());
    Gen<String> damaged = integers().between(0, json.length() - 1)
        .zip(integers().between(0, 40), DocumentGenerators.anyStrings(),
            (at, cut, insert) -> json.substring(0, at) + insert + json.substring(Math.min(json.length(), at + cut)));
    qt().withExamples(TRIES).forAll(damaged)
        .checkAssert(text -> {
          ReadResult read = DocumentReader.read(text);
          ValidationReport r = VALIDATOR.validate(read);
          if (read.ok()) {
            return;
          }
          // Every error of reading's, and beside them only errors the rules find in the readable
          // part, none of them about a value left out of it.
          List<String> all = sorted(r.errors());
          if (!all.containsAll(sorted(read.errors()))) {
            throw new AssertionError("reading's errors " + read.errors() + " not all in " + r);
          }
          List<FieldProblem> others = new ArrayList<>(r.errors());
          others.removeAll(read.errors());
          List<String> ofPart = read.readablePart().map(p -> sorted(VALIDATOR.validate(p.document()).errors()))
              .orElse(List.of());
          for (FieldProblem p : others) {
            boolean aboutLeftOut = read.readablePart().orElseThrow().leftOut().stream().anyMatch(l -> l.contains(p.path()));
            if (aboutLeftOut || !ofPart.contains(sorted(List.of(p)).get(0))) {
              throw new AssertionError(p + " is not a problem of the readable part alone; report " + r);
            }
          }
        });
  }

  /** Path, type and message: what the rules say, wherever the input holds it. */
  private static List<String> sorted(List<FieldProblem> problems) {
    return problems.stream().map(p -> p.path() + " " + p.type() + " " + p.message()).sorted().toList();
  }

  @Test
  void faultsAreReportedEvenWhenGeneratedOnTheSeed() {
    PersistenceDocument seed = SampleDocuments.kafkaSeedFilledIn();
    qt().withExamples(TRIES).forAll(Generate.pick(DocumentGenerators.faults()), integers().allPositive())
        .checkAssert((fault, n) -> {
          Mutation m = fault.apply(seed, n);
          if (VALIDATOR.validate(m.document()).errors().stream()
              .noneMatch(p -> p.path().equals(m.path()) && p.type() == m.type())) {
            throw new AssertionError(m + " not reported");
          }
        });
  }
}
