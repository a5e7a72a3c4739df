package io.bgpersistence.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Against fabric8's MOCK API server in CRUD mode (no real Kubernetes API server can run here). The
 * mock stores what is created and lists by label, which is enough to test which objects pruning
 * selects and deletes. It cannot do server-side apply (it answers with an error), so for apply we check the request
 * bpctl sends (method, content type, field manager, strict field validation, dry run), not its effect.
 */
@EnableKubernetesMockClient(crud = true)
class FleetDeployerTest {
  private static final String NS = "background-persistence";

  KubernetesMockServer server;
  KubernetesClient client;

  @Test
  void pruneSelectsOnlyThisToolsWriterObjectsThatTheRenderingNoLongerHas() {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    // What an earlier apply left: the two current writers and one writer since removed, with its PDB.
    PersistenceDocument earlier = PersistenceDocument.builder().from(SampleDocuments.kafkaSeedFilledIn())
        .addWriters(WriterSpec.builder().from(SampleDocuments.kafkaSeedFilledIn().writers().get(0))
            .name("retired-writer").defaultReplicaCount(2).build())
        .build();
    Renderer.standard().render(earlier).objects().objects().forEach(o -> client.resource(o).create());
    // Not ours: no managed-by label; and ours but in another namespace.
    client.resource(deployment("someone-elses", NS, false)).create();
    client.resource(deployment("other-fleet-writer", "other-namespace", true)).create();

    List<HasMetadata> candidates = new FleetDeployer(client).pruneCandidates(rendered.objects());
    assertEquals(List.of("Deployment/retired-writer", "PodDisruptionBudget/retired-writer"),
        candidates.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
  }

  @Test
  void pruneDeletesTheCandidatesAndNothingElse() {
    client.resource(deployment("retired-writer", NS, true)).create();
    client.resource(deployment("someone-elses", NS, false)).create();
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    List<ApplyReport.Step> steps = new FleetDeployer(client).prune(rendered.objects(), false);
    assertEquals("[pruned Deployment background-persistence/retired-writer]", steps.toString());
    assertNull(client.apps().deployments().inNamespace(NS).withName("retired-writer").get());
    assertNotNull(client.apps().deployments().inNamespace(NS).withName("someone-elses").get());
  }

  @Test
  void applySendsServerSideApplyAsBpctlWithStrictFieldValidation() throws Exception {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    FleetDeployer deployer = new FleetDeployer(client);
    // The mock cannot do server-side apply: the first object fails, and says so.
    assertThrows(KubernetesClientException.class, () -> deployer.apply(rendered, new ApplyOptions(true, false, false)));
    RecordedRequest request = lastPatch();
    assertEquals("PATCH", request.getMethod());
    assertTrue(request.getHeader("Content-Type").startsWith("application/apply-patch+yaml"), request.getHeader("Content-Type"));
    String path = request.getPath();
    assertTrue(path.startsWith("/api/v1/namespaces/background-persistence/serviceaccounts/background-persistence-sa?"), path);
    assertTrue(path.contains("fieldManager=bpctl"), path);
    assertTrue(path.contains("fieldValidation=Strict"), path);
    assertTrue(path.contains("dryRun=All"), path);
    assertTrue(!path.contains("force=true"), path);
  }

  @Test
  void forceConflictsIsSentOnlyWhenAsked() throws Exception {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    assertThrows(KubernetesClientException.class,
        () -> new FleetDeployer(client).apply(rendered, new ApplyOptions(false, false, true)));
    String path = lastPatch().getPath();
    assertTrue(path.contains("force=true"), path);
    assertTrue(!path.contains("dryRun"), path);
  }

  private RecordedRequest lastPatch() throws InterruptedException {
    RecordedRequest last = null;
    for (RecordedRequest r; (r = server.takeRequest(200, TimeUnit.MILLISECONDS)) != null; ) {
      if ("PATCH".equals(r.getMethod())) {
        last = r;
      }
    }
    assertNotNull(last, "no PATCH request was sent");
    return last;
  }

  private static Deployment deployment(String name, String namespace, boolean ours) {
    DeploymentBuilder b = new DeploymentBuilder().withNewMetadata().withName(name).withNamespace(namespace)
        .addToLabels("app.kubernetes.io/part-of", "background-persistence").endMetadata()
        .withNewSpec().withReplicas(1).endSpec();
    if (ours) {
      b.editMetadata().addToLabels("app.kubernetes.io/managed-by", "bpctl").endMetadata();
    }
    return b.build();
  }
}
