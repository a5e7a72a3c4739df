package io.bgpersistence.preflight;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentValidator;
import java.time.Duration;
import java.util.List;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/** The preflight side of the one extension shape: the validator's registry, order, leaving out, faults. */
class PreflightTest {
  private static final PreflightContext CONTEXT = PreflightContext.of(SampleDocuments.kafkaSeedFilledIn(),
      Duration.ofSeconds(1));

  /** A preflight extension configured in code: what it answers, and for which documents. */
  private record Answers(String id, Predicate<PersistenceDocument> applies,
      Function<PreflightContext, List<CheckResult>> answer) implements PreflightExtension {
    @Override
    public boolean appliesTo(PersistenceDocument document) {
      return applies.test(document);
    }

    @Override
    public List<CheckResult> run(PreflightContext context) {
      return answer.apply(context);
    }
  }

  private static Answers ok(String id) {
    return new Answers(id, d -> true, c -> List.of(CheckResult.ok(id, "fine")));
  }

  private static List<String> names(List<CheckResult> results) {
    return results.stream().map(CheckResult::name).toList();
  }

  @Test
  void checksSeeTheWriterTypesOfTheValidatorThePreflightWasBuiltWith() {
    WriterTypeRegistry registry = WriterTypeRegistry.builtIn().with(WriterType.builder().name("AUDIT_LOG_WRITER")
        .image(ImageFamily.PYTHON).subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID).description("audit").build());
    Answers types = new Answers("types", d -> true,
        c -> List.of(CheckResult.ok("types", String.valueOf(c.registry().find("AUDIT_LOG_WRITER").isPresent()))));
    DocumentValidator validator = DocumentValidator.builder().registry(registry).build();
    Preflight custom = Preflight.builder().validator(validator).withoutServiceLoader().addExtension(types).build();
    assertEquals("true", custom.run(CONTEXT).get(0).detail());
    Preflight standard = Preflight.builder().withoutServiceLoader().addExtension(types).build();
    assertEquals("false", standard.run(CONTEXT).get(0).detail());
  }

  @Test
  void extensionsRunInTheOrderOfTheirIdsAndOnlyWhenTheyApply() {
    Preflight p = Preflight.builder().withoutServiceLoader()
        .addExtension(ok("zeta")).addExtension(ok("alpha"))
        .addExtension(new Answers("never", d -> false, c -> List.of(CheckResult.fail("never", "ran"))))
        .build();
    assertEquals(List.of("alpha", "zeta"), names(p.run(CONTEXT)));
  }

  @Test
  void anExtensionCanBeLeftOutByIdAndAnAddedOneReplacesItsNamesake() {
    Preflight p = Preflight.builder().withoutServiceLoader()
        .addExtension(ok("a")).addExtension(ok("b")).withoutExtension("a")
        .addExtension(new Answers("b", d -> true, c -> List.of(CheckResult.skip("b", "configured"))))
        .build();
    List<CheckResult> results = p.run(CONTEXT);
    assertEquals(List.of("b"), names(results));
    assertEquals(CheckStatus.SKIP, results.get(0).status());
  }

  @Test
  void anythingAnExtensionThrowsIsAFailNamingItAndTheOthersStillAnswer() {
    List<Answers> faulty = List.of(
        new Answers("in-run", d -> true, c -> {
          throw new IllegalStateException("secret-ish detail");
        }),
        new Answers("in-run-error", d -> true, c -> {
          throw new StackOverflowError();
        }),
        new Answers("in-applies-to", d -> {
          throw new NoClassDefFoundError("org/example/Client");
        }, c -> List.of()),
        new Answers("null-result", d -> true, c -> null));
    for (Answers broken : faulty) {
      List<CheckResult> results = Preflight.builder().withoutServiceLoader()
          .addExtension(broken).addExtension(ok("zz-other")).build().run(CONTEXT);
      assertEquals(List.of(broken.id(), "zz-other"), names(results), broken.id());
      assertEquals(CheckStatus.FAIL, results.get(0).status());
      assertTrue(results.get(0).detail().contains("\"" + broken.id() + "\""), results.get(0).detail());
      assertFalse(results.get(0).detail().contains("secret-ish"), "the fault's own message may quote a value");
      assertFalse(Preflight.ok(results));
    }
  }
}
