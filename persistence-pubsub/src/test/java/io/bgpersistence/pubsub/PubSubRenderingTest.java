package io.bgpersistence.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.Setting;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationExtension;
import io.bgpersistence.validation.ValidationReport;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a Pub/Sub fleet renders to: the project, autoscalers on subscriptions' backlogs, and nothing of Kafka. */
@SuppressWarnings("unchecked")
class PubSubRenderingTest {
  private static final String WORKLOAD_IDENTITY = "iam.gke.io/gcp-service-account";
  private static final Path EXAMPLE = Path.of("..", "examples", "pubsub-example.json");

  private static List<HasMetadata> render(PersistenceDocument d) {
    RenderResult r = Renderer.standard().render(d);
    assertTrue(r.ok(), () -> r.report().errors().toString());
    return r.objects().objects();
  }

  private static <T> T only(List<HasMetadata> objects, Class<T> kind) {
    List<T> found = objects.stream().filter(kind::isInstance).map(kind::cast).toList();
    assertEquals(1, found.size(), kind.getSimpleName());
    return found.get(0);
  }

  /** Every environment variable a writer sees: the shared ConfigMap's and its container's own. */
  private static Stream<String> allEnvironmentNames(List<HasMetadata> objects) {
    Stream<String> shared = only(objects, ConfigMap.class).getData().keySet().stream();
    Stream<String> own = objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
        .flatMap(d -> d.getSpec().getTemplate().getSpec().getContainers().stream())
        .flatMap(c -> c.getEnv().stream()).map(EnvVar::getName);
    return Stream.concat(shared, own);
  }

  @Test
  void theServiceAccountCarriesTheWorkloadIdentityAnnotationGivenAsARenderOption() {
    RenderResult r = Renderer.standard().render(Docs.valid(), RenderOptions.builder()
        .putServiceAccountAnnotations(WORKLOAD_IDENTITY, "bgp-writers@acme-features-prod.iam.gserviceaccount.com").build());
    assertTrue(r.ok(), () -> r.report().errors().toString());
    assertEquals("bgp-writers@acme-features-prod.iam.gserviceaccount.com",
        only(r.objects().objects(), ServiceAccount.class).getMetadata().getAnnotations().get(WORKLOAD_IDENTITY));
  }

  @Test
  void withoutTheOptionThereIsNoAnnotation() {
    ServiceAccount sa = only(render(Docs.valid()), ServiceAccount.class);
    Map<String, String> annotations = Optional.ofNullable(sa.getMetadata().getAnnotations()).orElse(Map.of());
    assertFalse(annotations.containsKey(WORKLOAD_IDENTITY), annotations.toString());
  }

  @Test
  void theProjectIsASharedSetting() {
    Map<String, String> data = only(render(Docs.valid()), ConfigMap.class).getData();
    assertEquals(Docs.PROJECT, data.get(Setting.GOOGLE_CLOUD_PROJECT.envName()));
  }

  @Test
  void hpaSpecsBecomeAKedaScaledObjectOnTheSubscriptionsBacklogThatOwnsTheReplicas() throws Exception {
    List<HasMetadata> objects = render(DocumentReader.read(EXAMPLE).document().orElseThrow());
    GenericKubernetesResource scaled = objects.stream().filter(o -> o.getKind().equals("ScaledObject"))
        .map(GenericKubernetesResource.class::cast).findFirst().orElseThrow();
    assertEquals("online-writer", scaled.getMetadata().getName());
    Map<String, Object> spec = (Map<String, Object>) scaled.getAdditionalProperties().get("spec");
    assertEquals(Map.of("name", "online-writer"), spec.get("scaleTargetRef"));
    assertEquals(2, spec.get("minReplicaCount"));
    assertEquals(8, spec.get("maxReplicaCount"));
    Map<String, Object> trigger = ((List<Map<String, Object>>) spec.get("triggers")).get(0);
    assertEquals("gcp-pubsub", trigger.get("type"));
    assertEquals(Map.of("subscriptionName", "projects/acme-features-prod/subscriptions/result-bus-online-store-sub",
        "mode", "SubscriptionSize", "value", "100"), trigger.get("metadata"));
    Deployment online = deployment(objects, "online-writer");
    assertEquals(null, online.getSpec().getReplicas(), "the ScaledObject owns the replicas");
    assertEquals(1, deployment(objects, "offline-writer").getSpec().getReplicas());
    assertEquals(1, objects.stream().filter(o -> o.getKind().equals("TriggerAuthentication")).count());
  }

  @Test
  void gkeSpotAndTheNodePoolPlaceThePods() throws Exception {
    var pod = deployment(render(DocumentReader.read(EXAMPLE).document().orElseThrow()), "online-writer")
        .getSpec().getTemplate().getSpec();
    assertEquals(Map.of("cloud.google.com/gke-nodepool", "writers", "cloud.google.com/gke-spot", "true"),
        pod.getNodeSelector());
    assertEquals(1, pod.getTolerations().size());
    assertEquals("cloud.google.com/gke-spot", pod.getTolerations().get(0).getKey());
    assertEquals("NoSchedule", pod.getTolerations().get(0).getEffect());
  }

  @Test
  void aSuspendedFleetHasNoPodsAndNoAutoscaler() throws Exception {
    PersistenceDocument suspended = DocumentReader.read(EXAMPLE).document().orElseThrow().withSuspended(true);
    List<HasMetadata> objects = render(suspended);
    assertTrue(objects.stream().noneMatch(o -> o.getKind().equals("ScaledObject")
        || o.getKind().equals("TriggerAuthentication") || o.getKind().equals("PodDisruptionBudget")), objects.toString());
    objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
        .forEach(d -> assertEquals(0, d.getSpec().getReplicas(), d.getMetadata().getName()));
  }

  private static Deployment deployment(List<HasMetadata> objects, String name) {
    return objects.stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
        .filter(d -> d.getMetadata().getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void noKafkaEnvironmentUnderPubSubEvenWhenTheDocumentHasKafkaSettings() {
    PersistenceDocument d = PersistenceDocument.builder().from(Docs.valid())
        .kafkaBootstrapServers("b-1.example.internal:9096")
        .kafkaSecurityProtocol("SASL_SSL")
        .build();
    List<String> kafka = allEnvironmentNames(render(d)).filter(n -> n.startsWith("KAFKA_")).toList();
    assertEquals(List.of(), kafka);
  }

  @Test
  void eachWriterReadsItsOwnSubscriptionAsGiven() {
    PersistenceDocument d = Docs.withSpecs(b -> b.metricsBusSubscriptionId(
        "projects/" + Docs.PROJECT + "/subscriptions/metrics-bus-sub"));
    Deployment writer = render(d).stream().filter(Deployment.class::isInstance).map(Deployment.class::cast)
        .filter(x -> x.getMetadata().getName().equals("go-metrics-bus-writer")).findFirst().orElseThrow();
    List<EnvVar> env = writer.getSpec().getTemplate().getSpec().getContainers().get(0).getEnv();
    assertTrue(env.stream().anyMatch(e -> e.getName().equals(Setting.METRICS_BUS_SUBSCRIPTION_ID.envName())
        && e.getValue().equals("projects/" + Docs.PROJECT + "/subscriptions/metrics-bus-sub")), env.toString());
  }

  @Test
  void kafkaFleetsGetNothingFromThisExtension() {
    // The Kafka module depends on this one, so it cannot be here: its place is held by an empty extension.
    ValidationExtension kafkaHeldPlace = new ValidationExtension() {
      @Override
      public String id() {
        return "kafka";
      }

      @Override
      public List<DocumentRule> rules() {
        return List.of();
      }

      @Override
      public boolean coversBackend(BusBackend backend) {
        return backend == BusBackend.KAFKA;
      }
    };
    RenderResult r = Renderer.builder()
        .validator(DocumentValidator.builder().addExtension(kafkaHeldPlace).build()).build()
        .render(SampleDocuments.kafka());
    assertTrue(r.ok(), () -> r.report().errors().toString());
    List<HasMetadata> objects = r.objects().objects();
    Map<String, String> annotations = Optional.ofNullable(only(objects, ServiceAccount.class).getMetadata().getAnnotations())
        .orElse(Map.of());
    assertTrue(annotations.isEmpty(), annotations.toString());
    assertTrue(objects.stream().noneMatch(o -> o.getKind().equals("TriggerAuthentication")));
  }

  @Test
  void theShippedExampleValidatesCleanlyAndRenders() throws Exception {
    ReadResult read = DocumentReader.read(EXAMPLE);
    ValidationReport report = DocumentValidator.standard().validate(read);
    assertEquals(List.of(), report.all(), "no errors and no warnings");
    List<HasMetadata> objects = render(read.document().orElseThrow());
    assertEquals(List.of("ServiceAccount", "ConfigMap", "TriggerAuthentication", "Deployment", "PodDisruptionBudget",
        "ScaledObject", "Deployment", "Deployment", "Deployment", "Deployment"),
        objects.stream().map(HasMetadata::getKind).toList());
  }
}
