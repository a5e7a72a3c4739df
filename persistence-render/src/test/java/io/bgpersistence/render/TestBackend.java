package io.bgpersistence.render;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/** A backend extension for tests: fixed pieces, applying when told to. */
class TestBackend implements RenderExtension {
  private final boolean applies;
  private final Map<String, String> shared;
  private final Map<String, String> annotations;
  private final Function<WriterSpec, List<EnvVar>> env;

  TestBackend(boolean applies, Map<String, String> shared, Map<String, String> annotations,
      Function<WriterSpec, List<EnvVar>> env) {
    this.applies = applies;
    this.shared = shared;
    this.annotations = annotations;
    this.env = env;
  }

  Renderer renderer() {
    return Renderer.builder().withoutServiceLoader().addExtension(this).build();
  }

  @Override
  public String id() {
    return "test-backend";
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return applies;
  }

  @Override
  public Map<String, String> sharedSettings(PersistenceDocument document) {
    return shared;
  }

  @Override
  public Map<String, String> serviceAccountAnnotations(PersistenceDocument document, RenderOptions options) {
    return annotations;
  }

  @Override
  public List<EnvVar> writerEnvironment(PersistenceDocument document, WriterSpec writer, WriterType type) {
    return env.apply(writer);
  }
}
