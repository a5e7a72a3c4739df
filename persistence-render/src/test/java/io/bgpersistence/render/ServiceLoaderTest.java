package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.TextNode;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.ConfigMap;
import org.junit.jupiter.api.Test;

class ServiceLoaderTest {
  private static final PersistenceDocument MARKED = PersistenceDocument.builder()
      .from(SampleDocuments.kafkaSeedFilledIn())
      .putUnknownFields(ServiceLoadedExtension.MARKER, TextNode.valueOf("yes"))
      .build();

  @Test
  void theStandardRendererAppliesExtensionsFoundOnTheClassPath() {
    assertTrue(Renderer.standard().extensions().stream().anyMatch(e -> e instanceof ServiceLoadedExtension));
    RenderResult r = Renderer.standard().render(MARKED);
    assertTrue(r.ok(), r.report()::toString);
    assertEquals("yes", ((ConfigMap) r.objects().objects().get(1)).getData().get("SERVICE_LOADED"));
  }

  @Test
  void withoutServiceLoaderOnlyAddedExtensionsApply() {
    Renderer renderer = Renderer.builder().withoutServiceLoader().build();
    assertTrue(renderer.extensions().isEmpty());
    assertFalse(((ConfigMap) renderer.render(MARKED).objects().objects().get(1)).getData().containsKey("SERVICE_LOADED"));
  }
}
