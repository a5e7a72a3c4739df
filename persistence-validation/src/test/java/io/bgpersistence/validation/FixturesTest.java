package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.Fixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Fixtures pointed at a service's registry, backend and naming rule. */
class FixturesTest {
  private static final int TRIES = Integer.getInteger("qt.examples", 1000) / 5;
  private static final WriterType AUDIT = WriterType.builder().name("AUDIT_LOG_WRITER").image(ImageFamily.PYTHON)
      .subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID).addNeeds(Setting.API_SERVER_HOST)
      .description("Writes the audit log.").build();
  private static final WriterTypeRegistry REGISTRY = WriterTypeRegistry.builtIn().with(AUDIT);
  private static final DocumentValidator VALIDATOR = DocumentValidator.builder().registry(REGISTRY).build();
  private static final Fixtures MINE = Fixtures.standard().registry(REGISTRY).backend(BusBackend.KAFKA)
      .naming(t -> "team-a-" + t.componentName());

  @Test
  void theSampleHasAWriterOfTheCustomTypeNamedByTheServicesRuleAndIsValid() {
    PersistenceDocument sample = MINE.sample();
    assertTrue(sample.writers().stream().anyMatch(w -> w.name().orElseThrow().equals("team-a-audit-log-writer")
        && w.busSubscriberType().orElseThrow().equals("AUDIT_LOG_WRITER")));
    assertEquals("KAFKA", sample.specs().busBackend().orElseThrow());
    assertEquals(List.of(), VALIDATOR.validate(sample).errors());
  }

  @Test
  void generatedDocumentsAreValidUnderTheServicesRegistryAndOnItsBackend() {
    qt().withExamples(TRIES).forAll(MINE.validDocuments()).checkAssert(d -> {
      assertEquals("KAFKA", d.specs().busBackend().orElseThrow());
      assertTrue(d.writers().stream().allMatch(w -> w.name().orElseThrow().startsWith("team-a-")));
      assertEquals(List.of(), VALIDATOR.validate(d).errors());
    });
  }

  @Test
  void singleFaultsAreCaughtUnderTheServicesRegistry() {
    qt().withExamples(TRIES).forAll(MINE.singleFaults())
        .checkAssert(m -> m.assertCaughtOnlyThere(VALIDATOR.validate(m.document()).errors()));
  }
}
