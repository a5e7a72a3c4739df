package io.bgpersistence.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;

/**
 * Against fabric8's MOCK API server in CRUD mode (no real Kubernetes API server can run here): it
 * stores the Deployments and Pods the test creates, status included, and lists pods by label,
 * which is what status reads. The states are the ones a controller would leave.
 */
@EnableKubernetesMockClient(crud = true)
class FleetStatusTest {
  private static final String NS = "background-persistence";

  KubernetesClient client;

  /** Two writers of the sample fleet, as the document renders them now. */
  private static final PersistenceDocument DOC = PersistenceDocument.builder().from(SampleDocuments.kafkaSeedFilledIn())
      .addWriters(SampleDocuments.writer("online-writer", "ONLINE_WRITER", "500m", "1Gi", "1", "1Gi"),
          SampleDocuments.writer("offline-writer", "OFFLINE_WRITER", "500m", "1Gi", "1", "1Gi"),
          SampleDocuments.writer("crashing-writer", "ONLINE_WRITER", "500m", "1Gi", "1", "1Gi"))
      .build();

  private static Deployment rendered(PersistenceDocument d, String name) {
    return Renderer.standard().render(d).objects().objects().stream()
        .filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name))
        .map(o -> (Deployment) o).findFirst().orElseThrow();
  }

  /** Creates the Deployment as rendered from {@code d}, changed, with a healthy controller status. */
  private void deployed(PersistenceDocument d, String name, UnaryOperator<DeploymentBuilder> change) {
    Deployment dep = change.apply(new DeploymentBuilder(rendered(d, name))
        .withNewStatus().withReplicas(1).withReadyReplicas(1).withUpdatedReplicas(1).withAvailableReplicas(1)
        .addNewCondition().withType("Progressing").withStatus("True").withReason("NewReplicaSetAvailable").endCondition()
        .endStatus()).build();
    client.resource(dep).create();
  }

  private Map<String, WriterDeployment> statusByWriter() {
    RenderedObjects now = Renderer.standard().render(DOC).objects();
    List<WriterDeployment> states = new FleetStatus(client).writers(now);
    assertEquals(List.of("go-metrics-bus-writer", "go-result-bus-metrics-writer", "online-writer", "offline-writer",
        "crashing-writer"), states.stream().map(WriterDeployment::writer).toList(), "document order");
    Map<String, WriterDeployment> out = new java.util.LinkedHashMap<>();
    states.forEach(s -> out.put(s.writer(), s));
    return out;
  }

  @Test
  void inSyncDriftedImageDriftedSettingsMissingAndStuckAreToldApart() {
    // In sync: what the document renders now.
    deployed(DOC, "go-metrics-bus-writer", b -> b);
    // Drifted image: someone set another image on the cluster.
    deployed(DOC, "go-result-bus-metrics-writer", b -> b.editSpec().editTemplate().editSpec().editFirstContainer()
        .withImage("registry.example.com/hotfix:0.0.1").endContainer().endSpec().endTemplate().endSpec());
    // Drifted settings: applied from an earlier document whose online writer had another batch size.
    PersistenceDocument earlier = PersistenceDocument.builder().from(DOC)
        .writers(DOC.writers().stream().map(w -> w.name().orElseThrow().equals("online-writer")
            ? WriterSpec.builder().from(w).maxBatchSize(100).build() : w).toList())
        .build();
    deployed(earlier, "online-writer", b -> b);
    // offline-writer: never applied. crashing-writer: its rollout stopped making progress.
    deployed(DOC, "crashing-writer", b -> b.editStatus().withReadyReplicas(0).editFirstCondition().withStatus("False")
        .withReason("ProgressDeadlineExceeded")
        .withMessage("ReplicaSet \"crashing-writer-7d9\" has timed out progressing.").endCondition().endStatus());

    Map<String, WriterDeployment> s = statusByWriter();
    WriterDeployment inSync = s.get("go-metrics-bus-writer");
    assertFalse(inSync.failing(), inSync.describe());
    assertEquals("deployment 1/1 ready, 1 updated, in sync", inSync.describe());

    WriterDeployment image = s.get("go-result-bus-metrics-writer");
    assertEquals(List.of("image"), image.drifted());
    assertTrue(image.failing());
    assertTrue(image.describe().contains("drifted: image (cluster registry.example.com/hotfix:0.0.1; document "),
        image.describe());

    WriterDeployment settings = s.get("online-writer");
    assertEquals(List.of("settings"), settings.drifted(), settings.describe());
    assertTrue(settings.failing());

    WriterDeployment missing = s.get("offline-writer");
    assertFalse(missing.exists());
    assertTrue(missing.failing());
    assertEquals("no Deployment offline-writer in namespace " + NS + " (bpctl apply creates it)", missing.describe());

    WriterDeployment stuck = s.get("crashing-writer");
    assertEquals(List.of(), stuck.drifted());
    assertTrue(stuck.failing());
    assertEquals("deployment 0/1 ready, 1 updated, in sync, rollout stuck: progress deadline exceeded "
        + "(ReplicaSet \"crashing-writer-7d9\" has timed out progressing.)", stuck.describe());
  }

  @Test
  void aCrashLoopingPodOfTheWriterMakesItFailingAndOtherWritersPodsDoNot() {
    deployed(DOC, "online-writer", b -> b);
    deployed(DOC, "crashing-writer", b -> b.editStatus().withReadyReplicas(0).endStatus());
    Map<String, String> selector = rendered(DOC, "crashing-writer").getSpec().getSelector().getMatchLabels();
    client.resource(new PodBuilder().withNewMetadata().withName("crashing-writer-7d9-abcde").withNamespace(NS)
        .withLabels(selector).endMetadata()
        .withNewStatus().addNewContainerStatus().withName("writer").withRestartCount(7).withNewState().withNewWaiting()
        .withReason("CrashLoopBackOff").endWaiting().endState().endContainerStatus().endStatus().build()).create();

    Map<String, WriterDeployment> s = statusByWriter();
    assertEquals(List.of("pod crashing-writer-7d9-abcde: writer CrashLoopBackOff (7 restarts)"),
        s.get("crashing-writer").stuck());
    assertTrue(s.get("crashing-writer").failing());
    assertEquals(List.of(), s.get("online-writer").stuck(), "another writer's pod is not this writer's");
    assertFalse(s.get("online-writer").failing());
  }

  @Test
  void theChecksumAnnotationComparedIsTheOneRenderingWrites() {
    Deployment d = rendered(DOC, "online-writer");
    String annotation = d.getSpec().getTemplate().getMetadata().getAnnotations().get(io.bgpersistence.render.Labels.SETTINGS_CHECKSUM);
    assertTrue(annotation != null && annotation.startsWith("sha256:"), String.valueOf(annotation));
    deployed(DOC, "online-writer", b -> b.editSpec().editTemplate().editMetadata()
        .removeFromAnnotations(io.bgpersistence.render.Labels.SETTINGS_CHECKSUM).endMetadata().endTemplate().endSpec());
    WriterDeployment w = statusByWriter().get("online-writer");
    assertEquals(Optional.empty(), w.liveChecksum());
    assertEquals(List.of("settings"), w.drifted());
  }

  @Test
  void aClusterThatDoesNotAnswerIsAskedOnceAndEveryWriterIsFailingSayingWhy() throws Exception {
    int closed;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closed = socket.getLocalPort();
    }
    io.fabric8.kubernetes.client.Config config = new io.fabric8.kubernetes.client.ConfigBuilder()
        .withMasterUrl("http://127.0.0.1:" + closed).withRequestRetryBackoffLimit(0).build();
    try (KubernetesClient nowhere = new io.fabric8.kubernetes.client.KubernetesClientBuilder().withConfig(config).build()) {
      List<WriterDeployment> states = new FleetStatus(nowhere).writers(Renderer.standard().render(DOC).objects());
      assertEquals(5, states.size());
      assertTrue(states.stream().allMatch(WriterDeployment::failing));
      assertTrue(states.get(0).describe().startsWith("cannot reach the cluster: "), states.get(0).describe());
      assertTrue(states.stream().skip(1).allMatch(s -> s.describe().startsWith("not asked: cannot reach the cluster")),
          states.toString());
    }
  }
}
