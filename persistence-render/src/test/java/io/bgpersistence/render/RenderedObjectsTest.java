package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.io.StringWriter;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

class RenderedObjectsTest {
  @Test
  void objectsAreMadeWhenWrittenAndTheTextIsTheSameEachTime() {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafka()).objects();
    String yaml = rendered.toYaml();
    assertEquals(yaml, rendered.toYaml());
    rendered.objects().get(0).getMetadata().setName("edited");  // a copy: the rendering is unchanged
    assertEquals(yaml, rendered.toYaml());
    assertEquals(KubernetesText.yaml(rendered.objects()), yaml);
  }

  @Test
  void anObjectThatCannotBeMadeIsNamedByItsPlaceWithoutTheCausesMessage() {
    HasMetadata account = new ServiceAccountBuilder().withNewMetadata().withName("sa").endMetadata().build();
    Supplier<HasMetadata> broken = () -> {
      throw new IllegalArgumentException("hunter2");
    };
    RenderedObjects rendered = new RenderedObjects(List.of(() -> account, broken));
    StringWriter out = new StringWriter();
    IllegalStateException e = assertThrows(IllegalStateException.class, () -> rendered.writeYaml(out));
    assertTrue(e.getMessage().startsWith("object 2 of the rendering could not be made"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    assertTrue(out.toString().contains("name: sa"), "the objects before it are written");
    assertTrue(e.getCause().getStackTrace().length > 0, "where it failed is kept for --debug");
    assertFalse(String.valueOf(e.getCause().getMessage()).contains("hunter2"));
    StringWriter json = new StringWriter();
    assertThrows(IllegalStateException.class, () -> rendered.writeJson(json));
    assertThrows(com.fasterxml.jackson.core.JsonProcessingException.class,
        () -> KubernetesText.JSON.readTree(json.toString()), "a cut JSON list is left unclosed, not valid");
  }
}
