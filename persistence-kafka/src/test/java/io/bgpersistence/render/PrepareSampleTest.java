package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@link Renderer#prepare()} warms rendering up on a sample document it does not validate: the
 * sample must stay a valid document that renders (here, with the Kafka backend it names), or the
 * warm-up silently does nothing and every short-lived run pays the full first-render cost again.
 */
class PrepareSampleTest {
  @Test
  void theWarmUpSampleIsAValidDocumentThatRenders() {
    ReadResult read = DocumentReader.read(Renderer.SAMPLE);
    RenderResult result = Renderer.standard().render(read, RenderOptions.defaults());
    assertEquals(List.of(), result.report().errors());
    assertTrue(result.objects().objects().size() >= 4, "ServiceAccount, ConfigMap, Deployment, PodDisruptionBudget");
  }

  @Test
  void prepareNeitherThrowsNorPrints() {
    Renderer.standard().prepare();
    Renderer.builder().build().prepare();
  }
}
