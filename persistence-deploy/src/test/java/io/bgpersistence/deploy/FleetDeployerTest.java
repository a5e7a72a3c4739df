package io.bgpersistence.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Status;
import io.fabric8.kubernetes.api.model.StatusBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import io.fabric8.mockwebserver.http.RecordedRequest;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Against fabric8's MOCK API server, because no real Kubernetes API server can run here. In CRUD
 * mode the mock stores what is created, lists by label and deletes, which is enough for pruning.
 * It cannot do server-side apply by itself (it answers the PATCH with an error, which the tests
 * below use as a refusal); where an apply must succeed, an expectation answers each object's
 * server-side-apply PATCH with 200 and the object, exactly as bpctl sent it to that path (the mock
 * checks neither the body nor any field, so these tests show what bpctl does with the answers,
 * not what a real API server would answer).
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
    assertEquals(ApplyReport.Outcome.DONE, steps.get(0).outcome());
    assertNull(client.apps().deployments().inNamespace(NS).withName("retired-writer").get());
    assertNotNull(client.apps().deployments().inNamespace(NS).withName("someone-elses").get());
  }

  @Test
  void applySendsServerSideApplyAsBpctlWithStrictFieldValidation() throws Exception {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    FleetDeployer deployer = new FleetDeployer(client);
    // Without an expectation the mock refuses server-side apply: the first object fails.
    ApplyReport report = deployer.apply(rendered, new ApplyOptions(true, false, false));
    assertEquals(ApplyReport.Outcome.FAILED, report.steps().get(0).outcome(), report.toText());
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
    assertFalse(new FleetDeployer(client).apply(rendered, new ApplyOptions(false, false, true)).ok());
    String path = lastPatch().getPath();
    assertTrue(path.contains("force=true"), path);
    assertTrue(!path.contains("dryRun"), path);
  }

  @Test
  void aSuccessfulApplyReportsEveryObjectAppliedInOrder() throws Exception {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    List<HasMetadata> objects = rendered.objects();
    objects.forEach(o -> answerApply(o, 200));

    ApplyReport report = new FleetDeployer(client).apply(rendered, ApplyOptions.defaults());

    assertTrue(report.ok(), report.toText());
    assertEquals(objects.stream().map(o -> "applied " + o.getKind() + " " + NS + "/" + o.getMetadata().getName()).toList(),
        report.toText().lines().toList());
    assertEquals(objects.stream().map(FleetDeployerTest::applyPath).toList(), patchPaths(),
        "one server-side apply per object, in the rendering's order");
  }

  @Test
  void pruneAfterASuccessfulApplyDeletesTheRetiredWriterOnly() throws Exception {
    PersistenceDocument doc = SampleDocuments.kafkaSeedFilledIn();
    // What an earlier apply left (in the mock's store): a writer since removed, with its PDB.
    PersistenceDocument earlier = PersistenceDocument.builder().from(doc)
        .addWriters(WriterSpec.builder().from(doc.writers().get(0)).name("retired-writer").defaultReplicaCount(2).build())
        .build();
    Renderer.standard().render(earlier).objects().objects().stream()
        .filter(o -> o.getMetadata().getName().equals("retired-writer"))
        .forEach(o -> client.resource(o).create());
    client.resource(deployment("someone-elses", NS, false)).create();
    RenderedObjects rendered = Renderer.standard().render(doc).objects();
    List<HasMetadata> objects = rendered.objects();
    objects.forEach(o -> answerApply(o, 200));

    ApplyReport report = new FleetDeployer(client).apply(rendered, new ApplyOptions(false, true, false));

    assertTrue(report.ok(), report.toText());
    List<String> lines = report.toText().lines().toList();
    assertEquals(objects.size() + 2, lines.size(), report.toText());
    assertEquals(List.of(
        "pruned Deployment background-persistence/retired-writer",
        "pruned PodDisruptionBudget background-persistence/retired-writer"), lines.subList(objects.size(), lines.size()));
    assertNull(client.apps().deployments().inNamespace(NS).withName("retired-writer").get());
    assertNull(client.policy().v1().podDisruptionBudget().inNamespace(NS).withName("retired-writer").get());
    assertNotNull(client.apps().deployments().inNamespace(NS).withName("someone-elses").get());
  }

  @Test
  void aRefusedObjectIsReportedWithWhatWasAppliedBeforeAndWhatWasNotTriedAfter() throws Exception {
    client.resource(deployment("retired-writer", NS, true)).create();
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    List<HasMetadata> objects = rendered.objects();
    // ServiceAccount, ConfigMap, then the first writer's Deployment, which the server refuses
    // (422, as for an object strict field validation rejects; a 5xx would be retried by the client).
    assertEquals(List.of("ServiceAccount", "ConfigMap", "Deployment"),
        objects.subList(0, 3).stream().map(HasMetadata::getKind).toList());
    answerApply(objects.get(0), 200);
    answerApply(objects.get(1), 200);
    server.expect().patch().withPath(applyPath(objects.get(2)))
        .andReturn(422, status(422, "Deployment.apps \"go-metrics-bus-writer\" is invalid: spec.replicas: Invalid value: -1")).once();
    objects.subList(3, objects.size()).forEach(o -> answerApply(o, 200));

    ApplyReport report = new FleetDeployer(client).apply(rendered, new ApplyOptions(false, true, false));

    assertFalse(report.ok());
    List<ApplyReport.Step> steps = report.steps();
    assertEquals(List.of(ApplyReport.Outcome.DONE, ApplyReport.Outcome.DONE, ApplyReport.Outcome.FAILED),
        steps.subList(0, 3).stream().map(ApplyReport.Step::outcome).toList());
    assertEquals("FAILED to apply Deployment background-persistence/go-metrics-bus-writer: "
        + "HTTP 422: Deployment.apps \"go-metrics-bus-writer\" is invalid: spec.replicas: Invalid value: -1",
        steps.get(2).toString());
    // Every later object, and the prune, not tried; the retired writer is still there.
    assertEquals(objects.size() - 3 + 1, report.steps(ApplyReport.Outcome.NOT_TRIED).size(), report.toText());
    assertEquals(steps.subList(3, steps.size()), report.steps(ApplyReport.Outcome.NOT_TRIED));
    assertEquals("not pruned Deployment background-persistence/retired-writer: not tried: the apply failed",
        steps.get(steps.size() - 1).toString());
    assertEquals(objects.subList(0, 3).stream().map(FleetDeployerTest::applyPath).toList(), patchPaths(),
        "nothing is sent after the refusal");
    assertNotNull(client.apps().deployments().inNamespace(NS).withName("retired-writer").get());
  }

  @Test
  void aRefusalThatQuotesTheSaslSecretNameDoesNotRepeatIt() {
    RenderedObjects rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects();
    List<HasMetadata> objects = rendered.objects();
    HasMetadata configMap = objects.get(1);
    String secret = SampleDocuments.kafkaSeedFilledIn().kafkaSaslSecret().orElseThrow();
    assertTrue(client.getKubernetesSerialization().asJson(configMap).contains(secret), "the ConfigMap holds it");
    answerApply(objects.get(0), 200);
    server.expect().patch().withPath(applyPath(configMap))
        .andReturn(422, status(422, "ConfigMap \"x\" is invalid: data.KAFKA_SASL_SECRET: Invalid value: \"" + secret + "\""))
        .once();

    ApplyReport report = new FleetDeployer(client).apply(rendered, ApplyOptions.defaults());

    String failed = report.steps(ApplyReport.Outcome.FAILED).get(0).toString();
    assertTrue(failed.contains("HTTP 422: ConfigMap \"x\" is invalid: data.KAFKA_SASL_SECRET: Invalid value: \"****\""), failed);
    assertFalse(report.toText().contains(secret), report.toText());
  }

  @Test
  void aRefusedPruneLeavesTheLaterCandidatesNotTried() {
    PersistenceDocument doc = SampleDocuments.kafkaSeedFilledIn();
    client.resource(deployment("retired-a", NS, true)).create();
    client.resource(deployment("retired-b", NS, true)).create();
    server.expect().delete().withPath("/apis/apps/v1/namespaces/" + NS + "/deployments/retired-a")
        .andReturn(403, status(403, "deployments.apps \"retired-a\" is forbidden")).once();

    List<ApplyReport.Step> steps = new FleetDeployer(client).prune(Renderer.standard().render(doc).objects().objects(), false);

    assertEquals(List.of(
        "FAILED to prune Deployment background-persistence/retired-a: HTTP 403: deployments.apps \"retired-a\" is forbidden",
        "not pruned Deployment background-persistence/retired-b: not tried after the failure above"),
        steps.stream().map(Object::toString).toList());
    assertNotNull(client.apps().deployments().inNamespace(NS).withName("retired-b").get());
  }

  /** The mock answers this object's server-side apply once, with the object itself. */
  private void answerApply(HasMetadata o, int code) {
    server.expect().patch().withPath(applyPath(o)).andReturn(code, o).once();
  }

  private static Status status(int code, String message) {
    return new StatusBuilder().withStatus("Failure").withCode(code).withMessage(message).build();
  }

  /** Where server-side apply of this object goes, with the query bpctl sends. */
  private static String applyPath(HasMetadata o) {
    String group = o.getApiVersion().contains("/") ? "/apis/" : "/api/";
    return group + o.getApiVersion() + "/namespaces/" + o.getMetadata().getNamespace() + "/"
        + o.getKind().toLowerCase(java.util.Locale.ROOT) + "s/" + o.getMetadata().getName()
        + "?fieldValidation=Strict&fieldManager=bpctl";
  }

  private List<String> patchPaths() throws InterruptedException {
    List<String> out = new java.util.ArrayList<>();
    for (RecordedRequest r; (r = server.takeRequest(200, TimeUnit.MILLISECONDS)) != null; ) {
      if ("PATCH".equals(r.getMethod())) {
        out.add(r.getPath());
      }
    }
    return out;
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
