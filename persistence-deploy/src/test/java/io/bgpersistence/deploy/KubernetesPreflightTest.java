package io.bgpersistence.deploy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Against fabric8's MOCK API server in CRUD mode: no real Kubernetes API server can run here. The
 * mock answers GET of namespaces and service accounts as a cluster would (the object, or 404).
 */
@EnableKubernetesMockClient(crud = true)
class KubernetesPreflightTest {
  private static final PersistenceDocument DOC = SampleDocuments.kafka();
  private static final String NS = DOC.specs().namespace().orElseThrow();
  private static final String SA = DOC.specs().serviceAccountName().orElseThrow();

  KubernetesClient client;

  private List<String> run() {
    // A client of its own to the mock: the check closes the client it is given.
    KubernetesPreflight check = new KubernetesPreflight(timeout ->
        Optional.of(new KubernetesClientBuilder().withConfig(client.getConfiguration()).build()));
    return check.run(PreflightContext.of(DOC, Duration.ofSeconds(5))).stream().map(CheckResult::toLine).toList();
  }

  @Test
  void namespaceAndServiceAccountThatExistAreOk() {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
    client.serviceAccounts().inNamespace(NS)
        .resource(new ServiceAccountBuilder().withNewMetadata().withName(SA).endMetadata().build()).create();
    assertEquals(List.of(
        "ok   kubernetes.namespace[" + NS + "]: exists",
        "ok   kubernetes.service-account[" + NS + "/" + SA + "]: exists"), run());
  }

  @Test
  void aMissingServiceAccountFailsAndSaysApplyCreatesIt() {
    client.namespaces().resource(new NamespaceBuilder().withNewMetadata().withName(NS).endMetadata().build()).create();
    List<String> lines = run();
    assertEquals("ok   kubernetes.namespace[" + NS + "]: exists", lines.get(0));
    assertTrue(lines.get(1).startsWith("FAIL kubernetes.service-account[" + NS + "/" + SA + "]: does not exist"),
        lines.get(1));
  }

  @Test
  void aMissingNamespaceFailsAndItsServiceAccountIsNotAsked() {
    List<String> lines = run();
    assertTrue(lines.get(0).startsWith("FAIL kubernetes.namespace[" + NS + "]: does not exist"), lines.get(0));
    assertTrue(lines.get(1).startsWith("SKIP kubernetes.service-account["), lines.get(1));
    assertTrue(!Preflight.ok(new KubernetesPreflight(t -> Optional.of(
        new KubernetesClientBuilder().withConfig(client.getConfiguration()).build()))
        .run(PreflightContext.of(DOC, Duration.ofSeconds(5)))));
  }

  @Test
  void noClusterConfiguredIsSkipNotOk() {
    List<CheckResult> results = new KubernetesPreflight(timeout -> Optional.empty())
        .run(PreflightContext.of(DOC, Duration.ofSeconds(5)));
    assertEquals(2, results.size());
    results.forEach(r -> assertTrue(r.toLine().startsWith("SKIP "), r.toLine()));
    assertTrue(Preflight.ok(results), "a skipped check is not a failure");
  }

  /** A real refusal, no mock: nothing listens on this loopback port. */
  @Test
  void anUnreachableClusterIsAFailureThatSaysSo() {
    KubernetesPreflight check = new KubernetesPreflight(timeout -> Optional.of(new KubernetesClientBuilder()
        .withConfig(new ConfigBuilder().withMasterUrl("http://127.0.0.1:1").withRequestRetryBackoffLimit(0)
            .withConnectionTimeout(2000).withRequestTimeout(2000).build())
        .build()));
    List<CheckResult> results = check.run(PreflightContext.of(DOC, Duration.ofSeconds(2)));
    assertTrue(results.get(0).toLine().startsWith("FAIL kubernetes.namespace[" + NS + "]: cannot reach the cluster"),
        results.get(0).toLine());
  }

  @Test
  void bpctlFindsTheCheckOnTheClasspath() {
    assertTrue(Preflight.standard().extensions().stream().anyMatch(e -> e instanceof KubernetesPreflight));
  }
}
