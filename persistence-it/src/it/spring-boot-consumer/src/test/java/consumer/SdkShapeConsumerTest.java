package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentValidator;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The SDK's shape as a service compiles against the installed artifacts: typed builders, withers,
 * and a renderer that takes its validator's registry, custom writer type included.
 */
class SdkShapeConsumerTest {
  @Test
  void aServiceBuildsChangesAndRendersDocumentsWithACustomWriterType() {
    PersistenceDocument doc = SampleDocuments.pubsub();
    PersistenceDocument kafka = doc.withCommonPersistenceSpecs(
        CommonPersistenceSpecs.builder().from(doc.specs()).busBackend(BusBackend.KAFKA).build());
    assertEquals("KAFKA", kafka.specs().busBackend().orElseThrow());

    WriterSpec writer = doc.writers().get(0).withName("x").withBusSubscriberType("AUDIT_LOG_WRITER");
    PersistenceDocument docWithThatType = doc.withWriters(List.of(writer));

    WriterType audit = WriterType.builder().name("AUDIT_LOG_WRITER").image(ImageFamily.PYTHON)
        .subscribesTo(Setting.METRICS_BUS_SUBSCRIPTION_ID).description("Writes the audit log.").build();
    DocumentValidator validatorWithACustomType = DocumentValidator.builder()
        .registry(WriterTypeRegistry.builtIn().with(audit)).build();
    RenderResult r = Renderer.builder().validator(validatorWithACustomType).build().render(docWithThatType);
    assertTrue(r.ok(), () -> r.report().errors().toString());
    assertTrue(r.objects().toYaml().contains("app.kubernetes.io/component: audit-log-writer"));
  }
}
