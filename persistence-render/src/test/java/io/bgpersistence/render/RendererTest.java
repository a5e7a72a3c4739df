package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RendererTest {
  private static final PersistenceDocument SEED = SampleDocuments.kafkaSeedFilledIn();

  @Test
  void anInvalidDocumentIsNotRenderedAndEveryErrorIsReported() {
    PersistenceDocument broken = PersistenceDocument.builder().from(SEED)
        .writers(List.of(
            WriterSpec.builder().from(SEED.writers().get(0)).busSubscriberType("GO_METRICS_BUS_WRITR").build(),
            WriterSpec.builder().from(SEED.writers().get(1)).defaultReplicaCount(-1).build()))
        .build();
    RenderResult r = Renderer.standard().render(broken);
    assertFalse(r.ok());
    assertTrue(r.rendered().isEmpty());
    assertTrue(r.report().errors().stream().anyMatch(p -> p.path().toString().equals("writers[0].bus_subscriber_type")
        && p.type() == ProblemType.NotSupported), r.report().errors()::toString);
    assertTrue(r.report().errors().stream().anyMatch(p -> p.path().toString().equals("writers[1].default_replica_count")),
        r.report().errors()::toString);
    assertThrows(IllegalStateException.class, r::objects);
  }

  @Test
  void aReadResultKeepsLineAndColumnAndAMalformedOneIsNotRendered() {
    io.bgpersistence.model.ReadResult malformed = io.bgpersistence.model.DocumentReader.read("{\"writers\": [");
    RenderResult r = Renderer.standard().render(malformed, RenderOptions.defaults());
    assertFalse(r.ok());
    assertEquals(ProblemType.Malformed, r.report().errors().get(0).type());
    String json = io.bgpersistence.model.PersistenceJson.canonical(SEED).replaceFirst("\\{", "{\n  \"x_note\": 1,");
    RenderResult withUnknown = Renderer.standard().render(io.bgpersistence.model.DocumentReader.read(json),
        RenderOptions.defaults());
    assertTrue(withUnknown.ok());
    List<io.bgpersistence.model.FieldProblem> unknown = withUnknown.report().warnings().stream()
        .filter(p -> p.type() == ProblemType.Unknown).toList();
    assertEquals(1, unknown.size(), withUnknown.report()::toString);
    assertEquals(2, unknown.get(0).line().getAsInt());
  }

  @Test
  void aValueOfTheWrongTypeIsReportedWithEveryOtherErrorAndNothingIsRendered() {
    String json = io.bgpersistence.model.PersistenceJson.canonical(SEED)
        .replaceFirst("\"default_replica_count\": \\d+", "\"default_replica_count\": \"3\"")
        .replace("GO_METRICS_BUS_WRITER", "GO_METRICS_BUS_WRITR");
    RenderResult r = Renderer.standard().render(io.bgpersistence.model.DocumentReader.read(json), RenderOptions.defaults());
    assertFalse(r.ok());
    assertTrue(r.rendered().isEmpty());
    assertEquals(List.of("writers[0].bus_subscriber_type NotSupported", "writers[0].default_replica_count Malformed"),
        r.report().errors().stream().map(p -> p.path() + " " + p.type()).toList());
    assertThrows(IllegalStateException.class, r::objects);
  }

  @Test
  void aPausedWriterIsRenderedWithZeroReplicasAndTwoOrMoreGetADisruptionBudget() {
    PersistenceDocument doc = PersistenceDocument.builder().from(SEED)
        .writers(List.of(
            WriterSpec.builder().from(SEED.writers().get(0)).defaultReplicaCount(0).build(),
            WriterSpec.builder().from(SEED.writers().get(1)).defaultReplicaCount(2).build()))
        .build();
    List<HasMetadata> objects = Renderer.standard().render(doc).objects().objects();
    assertEquals(List.of("ServiceAccount", "ConfigMap", "Deployment", "Deployment", "PodDisruptionBudget"),
        objects.stream().map(HasMetadata::getKind).toList());
    assertEquals(0, ((Deployment) objects.get(2)).getSpec().getReplicas());
    Deployment scaled = (Deployment) objects.get(3);
    PodDisruptionBudget pdb = (PodDisruptionBudget) objects.get(4);
    assertEquals(2, scaled.getSpec().getReplicas());
    assertEquals(scaled.getMetadata().getName(), pdb.getMetadata().getName());
    assertEquals(scaled.getSpec().getSelector().getMatchLabels(), pdb.getSpec().getSelector().getMatchLabels());
    assertEquals(1, pdb.getSpec().getMaxUnavailable().getIntVal());
  }

  @Test
  void aLabelBpctlSetsItselfIsRefusedRatherThanQuietlyOverruled() {
    IllegalArgumentException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class,
        () -> new RenderOptions.Builder().putExtraLabels("app.kubernetes.io/managed-by", "helm")
            .putExtraLabels("app.kubernetes.io/name", "x").putExtraLabels("team", "data").build());
    assertEquals("label app.kubernetes.io/managed-by is one bpctl sets itself; "
        + "label app.kubernetes.io/name is one bpctl sets itself", e.getMessage());
  }

  @Test
  void theLabelsRefusedAsExtraAreExactlyTheOnesBpctlWrites() {
    Labels labels = new Labels("w", "writer", java.util.Optional.of("1.0"), Map.of());
    assertEquals(Labels.OWN, labels.toMap().keySet());
  }

  @Test
  void optionsAddWhatRealClustersNeed() {
    RenderOptions options = new RenderOptions.Builder()
        .includeNamespace(true)
        .putExtraLabels("team", "data")
        .putExtraAnnotations("example.com/owner", "data-platform")
        .putNodeSelector("pool", "writers")
        .addTolerations(PodToleration.equal("dedicated", "writers", "NoSchedule"))
        .addImagePullSecrets("regcred")
        .priorityClassName("background-high")
        .build();
    List<HasMetadata> objects = Renderer.standard().render(SEED, options).objects().objects();
    Namespace ns = (Namespace) objects.get(0);
    assertEquals("background-persistence", ns.getMetadata().getName());
    assertEquals("restricted", ns.getMetadata().getLabels().get("pod-security.kubernetes.io/enforce"));
    for (HasMetadata o : objects) {
      assertEquals("data", o.getMetadata().getLabels().get("team"), o.getKind());
      assertEquals("bpctl", o.getMetadata().getLabels().get("app.kubernetes.io/managed-by"), o.getKind());
      assertEquals("data-platform", o.getMetadata().getAnnotations().get("example.com/owner"), o.getKind());
    }
    Deployment d = (Deployment) objects.get(3);
    assertEquals("data", d.getSpec().getTemplate().getMetadata().getLabels().get("team"));
    assertEquals("data-platform", d.getSpec().getTemplate().getMetadata().getAnnotations().get("example.com/owner"));
    PodSpec pod = d.getSpec().getTemplate().getSpec();
    assertEquals(Map.of("pool", "writers"), pod.getNodeSelector());
    assertEquals("dedicated", pod.getTolerations().get(0).getKey());
    assertEquals("Equal", pod.getTolerations().get(0).getOperator());
    assertEquals("writers", pod.getTolerations().get(0).getValue());
    assertEquals("NoSchedule", pod.getTolerations().get(0).getEffect());
    assertEquals("regcred", pod.getImagePullSecrets().get(0).getName());
    assertEquals("background-high", pod.getPriorityClassName());
    // The selector stays the stable subset, whatever labels the user adds.
    assertEquals(Map.of("app.kubernetes.io/name", "go-metrics-bus-writer",
        "app.kubernetes.io/part-of", "background-persistence"), d.getSpec().getSelector().getMatchLabels());
  }

  @Test
  void extensionsAddSharedSettingsServiceAccountAnnotationsAndWriterEnvironment() {
    Renderer renderer = testBackend(true).renderer();
    List<HasMetadata> objects = renderer.render(SEED).objects().objects();
    ServiceAccount sa = (ServiceAccount) objects.get(0);
    assertEquals("writers@example.iam", sa.getMetadata().getAnnotations().get("example.com/identity"));
    io.fabric8.kubernetes.api.model.ConfigMap cm = (io.fabric8.kubernetes.api.model.ConfigMap) objects.get(1);
    // Core settings first, then the extension's, sorted by key.
    List<String> keys = new ArrayList<>(cm.getData().keySet());
    assertEquals(List.of("TEST_A", "TEST_B"), keys.subList(keys.size() - 2, keys.size()));
    Deployment d = (Deployment) objects.get(2);
    List<EnvVar> env = d.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    assertEquals(new EnvVar("TEST_SECRET_NAME", "name-of-the-secret", null), env.get(env.size() - 1));
  }

  @Test
  void anExtensionThatDoesNotApplyAddsNothing() {
    Renderer renderer = testBackend(false).renderer();
    assertEquals(Renderer.builder().withoutServiceLoader().build().render(SEED).objects().toYaml(),
        renderer.render(SEED).objects().toYaml());
  }

  @Test
  void anExtensionCannotSilentlyOverrideAVariable() {
    Renderer renderer = new TestBackend(true, Map.of(), Map.of(),
        w -> List.of(new EnvVar("WRITER_NAME", "other", null))).renderer();
    RenderResult result = renderer.render(SEED);
    assertFalse(result.ok(), "not rendered, and not thrown at the caller either");
    String message = result.report().errors().get(0).message();
    assertTrue(message.contains("WRITER_NAME"), message);
  }

  @Test
  void anErrorWhileRenderingIsAnErrorOfTheResultNotThrown() {
    Renderer renderer = new TestBackend(true, Map.of(), Map.of(), w -> {
      throw new StackOverflowError();
    }).renderer();
    RenderResult result = renderer.render(SEED);
    assertFalse(result.ok());
    assertTrue(result.report().errors().get(0).message().contains("StackOverflowError"), result.report().toString());
  }

  @Test
  void aFaultMakingAnObjectIsAnErrorOfTheResultNeverAHalfWrittenOutput() throws Exception {
    RenderResult result = Renderer.standard().render(SEED, priorityClassFailing("password=hunter2", new AtomicInteger()));
    assertFalse(result.ok(), "made once while rendering, so it is not thrown halfway through writing");
    String message = result.report().errors().get(0).message();
    assertTrue(message.contains("IllegalStateException") && message.contains("bug"), message);
    assertFalse(message.contains("hunter2"), "the cause's message may quote a value");
  }

  @Test
  void anExtensionsFaultIsReportedRatherThanAnObjectsFault() {
    // The first writer's objects fault before the extension's fault on the second writer is found.
    String second = SEED.writers().get(1).name().orElseThrow();
    Renderer renderer = new TestBackend(true, Map.of(), Map.of(), w -> w.name().orElseThrow().equals(second)
        ? List.of(new EnvVar("WRITER_NAME", "other", null)) : List.of()).renderer();
    RenderResult result = renderer.render(SEED, priorityClassFailing("any", new AtomicInteger()));
    assertFalse(result.ok());
    assertEquals(1, result.report().errors().size(), result.report()::toString);
    String message = result.report().errors().get(0).message();
    assertTrue(message.contains("test-backend") && message.contains("WRITER_NAME") && message.contains(second), message);
  }

  @Test
  void afterAnExtensionsFaultNoObjectIsMade() {
    Renderer renderer = new TestBackend(true, Map.of(), Map.of(),
        w -> List.of(new EnvVar("WRITER_NAME", "other", null))).renderer();
    AtomicInteger calls = new AtomicInteger();
    RenderResult result = renderer.render(SEED, priorityClassFailing("any", calls));
    assertEquals(SEED.writers().size(), result.report().errors().size(), result.report()::toString);
    assertEquals(0, calls.get(), "nothing will be written, so nothing is made");
  }

  /** Options made by hand (the interface is public), whose priority class cannot be read; each try is counted. */
  private static RenderOptions priorityClassFailing(String message, AtomicInteger calls) {
    return new RenderOptions() {
      @Override
      public Map<String, String> extraLabels() {
        return Map.of();
      }

      @Override
      public Map<String, String> extraAnnotations() {
        return Map.of();
      }

      @Override
      public Map<String, String> serviceAccountAnnotations() {
        return Map.of();
      }

      @Override
      public Map<String, String> nodeSelector() {
        return Map.of();
      }

      @Override
      public List<PodToleration> tolerations() {
        return List.of();
      }

      @Override
      public List<String> imagePullSecrets() {
        return List.of();
      }

      @Override
      public java.util.Optional<String> priorityClassName() {
        calls.incrementAndGet();
        throw new IllegalStateException(message);
      }
    };
  }

  @Test
  void yamlAndJsonHoldTheSameObjects() throws Exception {
    RenderedObjects r = Renderer.standard().render(SampleDocuments.kafka(),
        new RenderOptions.Builder().includeNamespace(true).build()).objects();
    JsonNode list = new ObjectMapper().readTree(r.toJson());
    assertEquals("v1", list.get("apiVersion").asText());
    assertEquals("List", list.get("kind").asText());
    List<JsonNode> fromYaml = new YAMLMapper().readValues(new YAMLMapper().createParser(r.toYaml()), JsonNode.class)
        .readAll();
    assertEquals(r.objects().size(), fromYaml.size());
    for (int i = 0; i < fromYaml.size(); i++) {
      assertEquals(list.get("items").get(i), fromYaml.get(i), "object " + i);
    }
    assertTrue(r.toYaml().startsWith("---\n"));
    // Strings that look like numbers stay strings: the version label "1.0", the cpu limit "1".
    assertEquals("1.0", fromYaml.get(3).at("/metadata/labels/app.kubernetes.io~1version").textValue());
  }

  @Test
  void theObjectsGivenOutAreCopies() {
    RenderedObjects r = Renderer.standard().render(SEED).objects();
    String before = r.toYaml();
    r.objects().get(0).getMetadata().setName("changed");
    assertEquals("background-persistence-sa", r.objects().get(0).getMetadata().getName());
    assertEquals(before, r.toYaml());
  }

  @Test
  void noSecretNameReachesTheOutputThroughTheCore() {
    // kafka_sasl_secret is the Kafka extension's business (as a name); the core never writes it.
    String yaml = Renderer.standard().render(SampleDocuments.kafka()).objects().toYaml();
    assertFalse(yaml.contains(SampleDocuments.kafka().kafkaSaslSecret().orElseThrow()));
    assertFalse(yaml.contains("KAFKA_SASL_SECRET"));
  }

  private static TestBackend testBackend(boolean applies) {
    return new TestBackend(applies, Map.of("TEST_B", "b", "TEST_A", "a"),
        Map.of("example.com/identity", "writers@example.iam"),
        w -> List.of(new EnvVar("TEST_SECRET_NAME", "name-of-the-secret", null)));
  }
}
