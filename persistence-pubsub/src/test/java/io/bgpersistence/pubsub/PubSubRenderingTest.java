package io.bgpersistence.pubsub;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.Setting;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationExtension;
import io.bgpersistence.validation.ValidationReport;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** What a Pub/Sub fleet renders to: the pod's Google identity, the project, and nothing of Kafka. */
class PubSubRenderingTest {
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
  void theServiceAccountCarriesTheWorkloadIdentityAnnotation() {
    ServiceAccount sa = only(render(Docs.valid()), ServiceAccount.class);
    assertEquals("bgp-writers@acme-features-prod.iam.gserviceaccount.com",
        sa.getMetadata().getAnnotations().get(PubSubRendering.WORKLOAD_IDENTITY_ANNOTATION));
  }

  @Test
  void withoutAGoogleServiceAccountThereIsNoAnnotation() {
    ServiceAccount sa = only(render(Docs.withSpecs(b -> b.gcpServiceAccount(Optional.empty()))), ServiceAccount.class);
    Map<String, String> annotations = Optional.ofNullable(sa.getMetadata().getAnnotations()).orElse(Map.of());
    assertFalse(annotations.containsKey(PubSubRendering.WORKLOAD_IDENTITY_ANNOTATION), annotations.toString());
  }

  @Test
  void theProjectIsSharedAndTheIdentityIsNotAnEnvironmentVariable() {
    Map<String, String> data = only(render(Docs.valid()), ConfigMap.class).getData();
    assertEquals(Docs.PROJECT, data.get(Setting.GCP_PROJECT_ID.envName()));
    assertFalse(data.containsKey(Setting.GCP_SERVICE_ACCOUNT.envName()));
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
    assertFalse(annotations.containsKey(PubSubRendering.WORKLOAD_IDENTITY_ANNOTATION));
    assertFalse(allEnvironmentNames(objects).anyMatch(n -> n.startsWith("GCP_")));
  }

  @Test
  void theShippedExampleValidatesCleanlyAndRenders() throws Exception {
    ReadResult read = DocumentReader.read(EXAMPLE);
    ValidationReport report = DocumentValidator.standard().validate(read);
    assertEquals(List.of(), report.all(), "no errors and no warnings");
    List<HasMetadata> objects = render(read.document().orElseThrow());
    assertEquals(2 + 5 + 1, objects.size(), "ServiceAccount, ConfigMap, 5 Deployments, 1 PodDisruptionBudget");
    assertEquals("bgp-writers@acme-features-prod.iam.gserviceaccount.com", only(objects, ServiceAccount.class)
        .getMetadata().getAnnotations().get(PubSubRendering.WORKLOAD_IDENTITY_ANNOTATION));
  }
}
