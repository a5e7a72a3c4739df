package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.ContainerPortBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.VolumeBuilder;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Every rendered object is valid against Kubernetes' own OpenAPI schemas (strictly: no unknown
 * fields), and every pod passes the Pod Security Standard "restricted" checks. The checkers are
 * shown to fail on broken objects too, so a green run means something.
 */
class KubernetesValidityTest {
  private static final int GENERATED = Integer.getInteger("qt.examples", 1000);

  /** The restricted-profile tests run without node; only the schema checks need it. */
  private static void needsNode() {
    // CI installs node (.ci/run): there a missing node is a broken setup, not a reason to skip.
    if (System.getenv("CI") != null) {
      org.junit.jupiter.api.Assertions.assertTrue(KubernetesSchemaCheck.nodeAvailable(),
          "CI must run the Kubernetes schema checks: node or the npm packages are missing");
    }
    assumeTrue(KubernetesSchemaCheck.nodeAvailable(),
        "node is not installed: the Kubernetes schema checks are SKIPPED (install Node.js 20 to run them)");
  }

  @Test
  void sampleFleetsWithEveryOptionAreValidKubernetesObjects() throws Exception {
    needsNode();
    StringBuilder yaml = new StringBuilder();
    int objects = 0;
    for (PersistenceDocument doc : samples()) {
      RenderedObjects r = Renderer.standard().render(doc, everyOption()).objects();
      yaml.append(r.toYaml());
      objects += r.objects().size();
    }
    KubernetesSchemaCheck.Result result = KubernetesSchemaCheck.check(yaml.toString());
    assertEquals(List.of(), result.errors());
    assertEquals(objects, result.checked());
  }

  @Test
  void generatedFleetsAreValidKubernetesObjects() throws Exception {
    needsNode();
    StringBuilder yaml = new StringBuilder();
    int[] objects = {0};
    List<String> pss = new ArrayList<>();
    // QuickTheories as a generator here: one node run checks every generated fleet at once.
    qt().withFixedSeed(20261125L).withExamples(GENERATED)
        .forAll(GeneratedDocuments.documents(), GeneratedDocuments.options())
        .checkAssert((doc, options) -> {
          RenderedObjects r = Renderer.standard().render(doc, options).objects();
          yaml.append(r.toYaml());
          objects[0] += r.objects().size();
          pss.addAll(podViolations(r.objects()));
        });
    assertEquals(List.of(), pss);
    KubernetesSchemaCheck.Result result = KubernetesSchemaCheck.check(yaml.toString());
    assertEquals(List.of(), result.errors());
    assertEquals(objects[0], result.checked());
  }

  @Test
  void everyPodPassesTheRestrictedProfile() {
    for (PersistenceDocument doc : samples()) {
      List<HasMetadata> objects = Renderer.standard().render(doc, everyOption()).objects().objects();
      assertTrue(objects.stream().anyMatch(o -> o instanceof Deployment));
      assertEquals(List.of(), podViolations(objects));
    }
  }

  @Test
  void theSchemaCheckFindsWrongTypesMissingFieldsAndUnknownFields() throws Exception {
    needsNode();
    String good = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects().toYaml();
    String broken = good
        .replaceFirst("replicas: 1", "replicas: one")
        .replaceFirst("readOnlyRootFilesystem: true", "readOnlyRootFilesytem: true")
        .replaceFirst("- name: WRITER_NAME", "- nmae: WRITER_NAME");
    List<String> errors = KubernetesSchemaCheck.check(broken).errors();
    assertTrue(errors.stream().anyMatch(e -> e.contains("/spec/replicas") && e.contains("type")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.contains("missingProperty") && e.contains("env/0")), errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.endsWith("securityContext.readOnlyRootFilesytem: unknown field")),
        errors::toString);
    assertTrue(errors.stream().anyMatch(e -> e.endsWith("env[0].nmae: unknown field")), errors::toString);
    String unknownKind = "---\napiVersion: apps/v1\nkind: Deploymnet\nmetadata:\n  name: x\n";
    assertEquals(1, KubernetesSchemaCheck.check(unknownKind).errors().size());
  }

  @Test
  void theRestrictedCheckFindsPrivilegedPods() {
    Deployment d = (Deployment) Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects()
        .objects().get(2);
    PodSpec pod = d.getSpec().getTemplate().getSpec();
    pod.setHostNetwork(true);
    pod.getSecurityContext().setRunAsNonRoot(null);
    pod.getContainers().get(0).getSecurityContext().setRunAsNonRoot(null);
    pod.getContainers().get(0).getSecurityContext().setAllowPrivilegeEscalation(true);
    pod.getContainers().get(0).getSecurityContext().getCapabilities().setDrop(List.of());
    pod.getContainers().get(0).getSecurityContext().getCapabilities().setAdd(List.of("SYS_ADMIN"));
    pod.getContainers().get(0).getPorts().add(new ContainerPortBuilder().withContainerPort(80).withHostPort(80).build());
    pod.getVolumes().add(new VolumeBuilder().withName("host").withNewHostPath().withPath("/").endHostPath().build());
    List<String> v = RestrictedProfile.violations(pod);
    assertEquals(7, v.size(), v::toString);
  }

  private static List<String> podViolations(List<HasMetadata> objects) {
    List<String> out = new ArrayList<>();
    for (HasMetadata o : objects) {
      if (o instanceof Deployment d) {
        RestrictedProfile.violations(d.getSpec().getTemplate().getSpec())
            .forEach(v -> out.add(d.getMetadata().getName() + ": " + v));
      }
    }
    return out;
  }

  private static List<PersistenceDocument> samples() {
    PersistenceDocument scaled = PersistenceDocument.builder().from(SampleDocuments.kafka())
        .writers(SampleDocuments.kafka().writers().stream()
            .map(w -> WriterSpec.builder().from(w).defaultReplicaCount(3).build()).toList())
        .build();
    return List.of(SampleDocuments.kafkaSeedFilledIn(), SampleDocuments.kafka(), SampleDocuments.pubsub(), scaled);
  }

  private static RenderOptions everyOption() {
    return new RenderOptions.Builder()
        .includeNamespace(true)
        .putAllExtraLabels(Map.of("team", "data"))
        .putAllExtraAnnotations(Map.of("example.com/owner", "data-platform"))
        .putAllNodeSelector(Map.of("pool", "writers"))
        .addTolerations(PodToleration.equal("dedicated", "writers", "NoSchedule"), PodToleration.exists("spot", "NoExecute"))
        .addImagePullSecrets("regcred")
        .priorityClassName("background-high")
        .build();
  }

}
