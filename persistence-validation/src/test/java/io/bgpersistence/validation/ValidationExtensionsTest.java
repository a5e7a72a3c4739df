package io.bgpersistence.validation;

import static io.bgpersistence.validation.Problems.keys;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The validation side of the one extension shape: order, applies-to, configuration, leaving out, faults. */
class ValidationExtensionsTest {
  private static final PersistenceDocument DOC = SampleDocuments.kafkaSeedFilledIn();

  /** An extension configured in code: no no-arg constructor, so ServiceLoader could not make it. */
  private static final class MaxWriters implements ValidationExtension {
    private final String id;
    private final int max;
    private final Predicate<PersistenceDocument> applies;

    MaxWriters(String id, int max, Predicate<PersistenceDocument> applies) {
      this.id = id;
      this.max = max;
      this.applies = applies;
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public boolean appliesTo(PersistenceDocument document) {
      return applies.test(document);
    }

    @Override
    public List<DocumentRule> rules() {
      return List.of(rule(id + "-max-writers", d -> d.writers().size() > max
          ? List.of(FieldProblem.invalid(FieldPath.ROOT.child("writers"), null, "at most " + max, id + "-max-writers"))
          : List.of()));
    }
  }

  private static DocumentRule rule(String id, Function<PersistenceDocument, List<FieldProblem>> check) {
    return new DocumentRule() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
        return check.apply(document);
      }
    };
  }

  private static ValidationExtension throwing(String id, Supplier<List<DocumentRule>> rules) {
    return new ValidationExtension() {
      @Override
      public String id() {
        return id;
      }

      @Override
      public List<DocumentRule> rules() {
        return rules.get();
      }
    };
  }

  private static DocumentValidator.Builder bare() {
    return DocumentValidator.builder().withoutServiceLoader().addExtension(new StandInBackends());
  }

  @Test
  void anExtensionAddedInCodeCarriesItsOwnConfiguration() {
    DocumentValidator one = bare().addExtension(new MaxWriters("house", 1, d -> true)).build();
    DocumentValidator two = bare().addExtension(new MaxWriters("house", 2, d -> true)).build();
    assertEquals(List.of("writers Invalid house-max-writers"), keys(one.validate(DOC).errors()));
    assertEquals(List.of(), keys(two.validate(DOC).errors()));
  }

  @Test
  void anExtensionsRulesRunOnlyForDocumentsItAppliesTo() {
    DocumentValidator kafkaOnly = bare().addExtension(new MaxWriters("house", 0, d -> false)).build();
    assertEquals(List.of(), keys(kafkaOnly.validate(DOC).errors()));
  }

  @Test
  void extensionsRunInTheOrderOfTheirIdsWhateverOrderTheyWereAddedIn() {
    DocumentValidator v = bare()
        .addExtension(new MaxWriters("zeta", 9, d -> true))
        .addExtension(new MaxWriters("alpha", 9, d -> true))
        .build();
    List<String> ids = v.rules().stream().map(DocumentRule::id).filter(id -> id.endsWith("-max-writers")).toList();
    assertEquals(List.of("alpha-max-writers", "zeta-max-writers"), ids);
  }

  @Test
  void aDiscoveredExtensionCanBeLeftOutById() {
    PersistenceDocument zeroVersion = withFirstWriter(DOC, w -> w.withVersion("0.0"));
    assertEquals(List.of("writers[0].version Forbidden " + TestExtension.RULE),
        keys(DocumentValidator.builder().build().validate(zeroVersion).errors()));
    DocumentValidator without = DocumentValidator.builder().withoutExtension("test-extension").build();
    assertEquals(List.of(), keys(without.validate(zeroVersion).errors()));
    DocumentValidator addedThenLeftOut = bare().addExtension(new MaxWriters("house", 0, d -> true))
        .withoutExtension("house").build();
    assertEquals(List.of(), keys(addedThenLeftOut.validate(DOC).errors()));
  }

  @Test
  void anExtensionsFaultIsAnErrorNamingItInEveryMethodAndTheOtherRulesStillRun() {
    PersistenceDocument badNamespace = withNamespace("Bad");
    List<ValidationExtension> faulty = List.of(
        throwing("rules-throws", () -> {
          throw new IllegalStateException("bug");
        }),
        throwing("rule-throws-error", () -> List.of(rule("r", d -> {
          throw new StackOverflowError();
        }))),
        throwing("rule-returns-null-problem", () -> {
          List<FieldProblem> withNull = new ArrayList<>();
          withNull.add(null);
          return List.of(rule("r", d -> withNull));
        }),
        new MaxWriters("applies-throws", 0, d -> {
          throw new NullPointerException();
        }));
    for (ValidationExtension e : faulty) {
      DocumentValidator v = bare().addExtension(e).build();
      List<FieldProblem> errors = v.validate(badNamespace).errors();
      assertEquals(List.of(" Invalid " + e.id(), "common_persistence_specs.namespace Invalid field-constraint"),
          keys(errors), e.id());
      assertTrue(errors.get(0).message().contains("\"" + e.id() + "\""), errors.get(0).message());
    }
  }

  @Test
  void theValidatorOwnsTheRegistryItWasBuiltWith() {
    WriterTypeRegistry registry = WriterTypeRegistry.builtIn().with(WriterType.builder().name("AUDIT_LOG_WRITER")
        .image(ImageFamily.PYTHON).subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID).description("audit").build());
    DocumentValidator v = bare().registry(registry).build();
    assertSame(registry, v.registry());
    PersistenceDocument audit = withFirstWriter(DOC, w -> w.withBusSubscriberType("AUDIT_LOG_WRITER"));
    assertEquals(List.of(), keys(v.validate(audit).errors()));
    assertEquals(List.of("writers[0].bus_subscriber_type NotSupported writer-type"),
        keys(bare().build().validate(audit).errors()));
  }

  private static PersistenceDocument withNamespace(String ns) {
    return io.bgpersistence.testing.SettingValues.with(DOC, Setting.NAMESPACE, ns);
  }

  private static PersistenceDocument withFirstWriter(PersistenceDocument d, Function<WriterSpec, WriterSpec> change) {
    List<WriterSpec> writers = new ArrayList<>(d.writers());
    writers.set(0, change.apply(writers.get(0)));
    return PersistenceDocument.builder().from(d).writers(writers).build();
  }
}
