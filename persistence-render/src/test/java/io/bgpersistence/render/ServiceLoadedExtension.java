package io.bgpersistence.render;

import io.bgpersistence.model.PersistenceDocument;
import java.util.Map;

/**
 * Registered in this module's test {@code META-INF/services}: shows that {@link Renderer#standard()}
 * finds extensions on the class path. Applies only to documents with the field {@code x_render_test},
 * so every other test renders as if it were absent.
 */
public final class ServiceLoadedExtension implements RenderExtension {
  static final String MARKER = "x_render_test";

  @Override
  public String id() {
    return "service-loaded-test";
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return document.unknownFields().containsKey(MARKER);
  }

  @Override
  public Map<String, String> sharedSettings(PersistenceDocument document) {
    return Map.of("SERVICE_LOADED", document.unknownFields().get(MARKER).asText());
  }
}
