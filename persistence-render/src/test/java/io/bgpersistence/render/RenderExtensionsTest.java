package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentValidator;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/** The render side of the one extension shape: one registry, order, configuration, leaving out, checked output, faults. */
class RenderExtensionsTest {
  private static final PersistenceDocument SEED = SampleDocuments.kafkaSeedFilledIn();

  /** A render extension configured in code, adding what it is given. */
  private static class Adds extends TestBackend {
    private final String id;
    private final List<HasMetadata> objects;

    Adds(String id, Map<String, String> shared, Map<String, String> annotations, List<EnvVar> env,
        List<HasMetadata> objects) {
      super(true, shared, annotations, w -> env);
      this.id = id;
      this.objects = objects;
    }

    static Adds shared(String id, Map<String, String> shared) {
      return new Adds(id, shared, Map.of(), List.of(), List.of());
    }

    @Override
    public String id() {
      return id;
    }

    @Override
    public List<HasMetadata> writerObjects(PersistenceDocument document, WriterSpec writer, ObjectMeta meta) {
      return objects;
    }
  }

  private static Renderer renderer(RenderExtension... extensions) {
    Renderer.Builder b = Renderer.builder().withoutServiceLoader();
    for (RenderExtension e : extensions) {
      b.addExtension(e);
    }
    return b.build();
  }

  private static List<String> errorKeys(RenderResult r) {
    return r.report().errors().stream().map(p -> p.path() + " " + p.type() + " " + p.origin()).toList();
  }

  @Test
  void aRendererRendersTheWriterTypesItsValidatorKnows() {
    WriterTypeRegistry registry = WriterTypeRegistry.builtIn().with(WriterType.builder().name("AUDIT_LOG_WRITER")
        .image(ImageFamily.GO).subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID)
        .description("Writes the operation bus to the audit log.").build());
    DocumentValidator validatorWithACustomType = DocumentValidator.builder().registry(registry).build();
    List<WriterSpec> writers = new ArrayList<>(SEED.writers());
    writers.add(SampleDocuments.writer("audit-writer", "AUDIT_LOG_WRITER", "100m", "128Mi", "1", "128Mi"));
    PersistenceDocument docWithThatType = SEED.withWriters(writers);

    RenderResult r = Renderer.builder().validator(validatorWithACustomType).build().render(docWithThatType);

    assertTrue(r.ok(), () -> r.report().errors().toString());
    Deployment audit = r.objects().objects().stream().filter(o -> o instanceof Deployment)
        .map(o -> (Deployment) o).filter(d -> d.getMetadata().getName().equals("audit-writer")).findFirst().orElseThrow();
    var container = audit.getSpec().getTemplate().getSpec().getContainers().get(0);
    assertEquals(SEED.commonPersistenceSpecs().orElseThrow().busWriterImageGo().orElseThrow(), container.getImage());
    assertTrue(container.getEnv().contains(new EnvVar("OPERATION_SUBSCRIPTION_ID", "operation-bus-1", null)),
        container.getEnv().toString());
    assertEquals("audit-log-writer", audit.getMetadata().getLabels().get("app.kubernetes.io/component"));
  }

  @Test
  void extensionsApplyInTheOrderOfTheirIdsWhateverOrderTheyWereAddedIn() {
    Renderer r = renderer(Adds.shared("zeta", Map.of("FROM_ZETA", "z")), Adds.shared("alpha", Map.of("FROM_ALPHA", "a")));
    assertEquals(List.of("alpha", "zeta"), r.extensions().stream().map(RenderExtension::id).toList());
    ConfigMap cm = (ConfigMap) r.render(SEED).objects().objects().get(1);
    List<String> keys = new ArrayList<>(cm.getData().keySet());
    assertEquals(List.of("FROM_ALPHA", "FROM_ZETA"), keys.subList(keys.size() - 2, keys.size()));
  }

  @Test
  void aDiscoveredExtensionCanBeLeftOutById() {
    PersistenceDocument marked = SEED.withUnknownFields(Map.of(ServiceLoadedExtension.MARKER,
        com.fasterxml.jackson.databind.node.TextNode.valueOf("yes")));
    ConfigMap found = (ConfigMap) Renderer.builder().build().render(marked).objects().objects().get(1);
    assertEquals("yes", found.getData().get("SERVICE_LOADED"));
    Renderer without = Renderer.builder().withoutExtension("service-loaded-test").build();
    assertTrue(without.extensions().stream().noneMatch(e -> e instanceof ServiceLoadedExtension));
    ConfigMap left = (ConfigMap) without.render(marked).objects().objects().get(1);
    assertFalse(left.getData().containsKey("SERVICE_LOADED"));
  }

  @Test
  void anAnnotationKeyThatIsNotAQualifiedNameIsAnErrorNamingTheExtension() {
    RenderResult r = renderer(new Adds("house", Map.of(), Map.of("bad/annotation/key", "x"), List.of(), List.of()))
        .render(SEED);
    assertFalse(r.ok());
    assertEquals(List.of(" Invalid house"), errorKeys(r));
    assertTrue(r.report().errors().get(0).message().contains("bad/annotation/key"));
    assertTrue(renderer(new Adds("house", Map.of(), Map.of("example.com/ok", "x"), List.of(), List.of()))
        .render(SEED).ok());
  }

  @Test
  void anEnvironmentNameWithSpacesOrAClashIsAnErrorNamingTheExtension() {
    for (List<EnvVar> env : List.of(List.of(new EnvVar("LOG LEVEL", "info", null)),
        List.of(new EnvVar("WRITER_NAME", "other", null)),
        List.of(new EnvVar("TWICE", "1", null), new EnvVar("TWICE", "2", null)))) {
      RenderResult r = renderer(new Adds("house", Map.of(), Map.of(), env, List.of())).render(SEED);
      assertFalse(r.ok(), env.toString());
      assertEquals(List.of(" Invalid house"), errorKeys(r).stream().distinct().toList(), env.toString());
    }
    RenderResult badKey = renderer(Adds.shared("house", Map.of("BAD KEY", "v"))).render(SEED);
    assertEquals(List.of(" Invalid house"), errorKeys(badKey));
    RenderResult clash = renderer(Adds.shared("a-ext", Map.of("SAME", "1")), Adds.shared("b-ext", Map.of("SAME", "2")))
        .render(SEED);
    assertEquals(List.of(" Invalid b-ext"), errorKeys(clash), "the later extension is the one that clashes");
  }

  @Test
  void anObjectWithoutAKindOrAValidNameIsAnErrorNamingTheExtension() {
    HasMetadata nameless = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Thing")
        .withNewMetadata().endMetadata().build();
    HasMetadata badName = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Thing")
        .withNewMetadata().withName("Not_A_Name").endMetadata().build();
    HasMetadata kindless = new GenericKubernetesResourceBuilder().withNewMetadata().withName("thing").endMetadata().build();
    HasMetadata badLabel = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Thing")
        .withNewMetadata().withName("thing").addToLabels("bad key", "v").endMetadata().build();
    for (HasMetadata o : List.of(nameless, badName, kindless, badLabel)) {
      RenderResult r = renderer(new Adds("house", Map.of(), Map.of(), List.of(), List.of(o))).render(SEED);
      assertFalse(r.ok(), o.toString());
      assertEquals(" Invalid house", errorKeys(r).get(0), o.toString());
    }
    HasMetadata good = new GenericKubernetesResourceBuilder().withApiVersion("example.com/v1").withKind("Thing")
        .withNewMetadata().withName("thing").addToLabels("example.com/k", "v").endMetadata().build();
    assertTrue(renderer(new Adds("house", Map.of(), Map.of(), List.of(), List.of(good))).render(SEED).ok());
  }

  @Test
  void anythingAnExtensionThrowsInAnyMethodIsAnErrorNamingItNotThrown() {
    List<Supplier<RenderExtension>> faulty = List.of(
        () -> new Adds("in-applies-to", Map.of(), Map.of(), List.of(), List.of()) {
          @Override
          public boolean appliesTo(PersistenceDocument document) {
            throw new IllegalStateException();
          }
        },
        () -> new Adds("in-shared-settings", null, Map.of(), List.of(), List.of()) {
          @Override
          public Map<String, String> sharedSettings(PersistenceDocument document) {
            throw new NullPointerException();
          }
        },
        () -> new Adds("in-annotations", Map.of(), Map.of(), List.of(), List.of()) {
          @Override
          public Map<String, String> serviceAccountAnnotations(PersistenceDocument document, RenderOptions options) {
            throw new StackOverflowError();
          }
        },
        () -> new Adds("in-environment", Map.of(), Map.of(), null, List.of()) {
          @Override
          public List<EnvVar> writerEnvironment(PersistenceDocument document, WriterSpec writer, WriterType type) {
            throw new AssertionError();
          }
        },
        () -> new Adds("in-objects", Map.of(), Map.of(), List.of(), null) {
          @Override
          public List<HasMetadata> fleetObjects(PersistenceDocument document, ObjectMeta meta) {
            throw new UnsupportedOperationException();
          }
        });
    for (Supplier<RenderExtension> s : faulty) {
      RenderExtension e = s.get();
      RenderResult r = renderer(e).render(SEED);
      assertFalse(r.ok(), e.id());
      FieldProblem first = r.report().errors().get(0);
      assertEquals(e.id(), first.origin());
      assertTrue(first.message().contains("\"" + e.id() + "\""), first.message());
    }
  }

  @Test
  void anExtensionConfiguredInCodeRendersWhatItWasGiven() {
    RenderResult r = renderer(new Adds("house", Map.of(), Map.of("example.com/team", "data"), List.of(), List.of()))
        .render(SEED);
    ServiceAccount sa = (ServiceAccount) r.objects().objects().get(0);
    assertEquals("data", sa.getMetadata().getAnnotations().get("example.com/team"));
  }
}
