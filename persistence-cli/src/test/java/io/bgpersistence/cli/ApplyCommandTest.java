package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.render.Renderer;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import io.fabric8.kubernetes.client.server.mock.KubernetesMockServer;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Against fabric8's MOCK API server, because no Kubernetes API server can run here. Without an
 * expectation the mock refuses server-side apply (it answers the PATCH with an error), which stands
 * for an API server's refusal; with one, it answers each object's PATCH with 200 and the object, so
 * the tests show what bpctl prints and returns for the answers, not what a real server would answer.
 */
@EnableKubernetesMockClient(crud = true)
class ApplyCommandTest {
  private static final Supplier<Optional<KubernetesClient>> REAL = ApplyCommand.clients;

  KubernetesMockServer server;
  KubernetesClient client;

  @AfterEach
  void restore() {
    ApplyCommand.clients = REAL;
  }

  @Test
  void anInvalidDocumentIsRefusedBeforeAnyConnection() {
    ApplyCommand.clients = () -> {
      throw new AssertionError("apply connected to a cluster for an invalid document");
    };
    CliRun run = CliRun.of("apply", Path.of("..", "examples", "seed-example.json").toString(), "--prune");
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("bus_writer_image_go"), run.err());
  }

  @Test
  void withNoClusterConfiguredApplySaysSoAtOnce() {
    ApplyCommand.clients = Optional::empty;
    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString(), "--dry-run");
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertEquals("bpctl apply: no cluster configured (no kubeconfig, KUBECONFIG or in-cluster service account)",
        run.err().strip());
  }

  @Test
  void aSuccessfulApplyPrintsEveryObjectAppliedAndExits0() throws Exception {
    List<HasMetadata> objects = kafkaExampleObjects();
    objects.forEach(o -> server.expect().patch().withPath(applyPath(o)).andReturn(200, o).once());
    ApplyCommand.clients = () -> Optional.of(client);

    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString());

    assertEquals(0, run.exitCode(), run.out() + run.err());
    assertEquals(objects.stream().map(o -> "applied " + o.getKind() + " " + o.getMetadata().getNamespace() + "/"
        + o.getMetadata().getName()).toList(), run.out().lines().toList());
    assertEquals("", run.err());
  }

  @Test
  void aRefusalIsReportedWithWhatWasNotTriedAndExits1() throws Exception {
    ApplyCommand.clients = () -> Optional.of(client);
    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString(), "--dry-run");
    assertEquals(1, run.exitCode(), run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(kafkaExampleObjects().size(), lines.size(), run.out());
    assertTrue(lines.get(0).startsWith(
        "FAILED to apply ServiceAccount background-persistence/background-persistence-sa: HTTP "), lines.get(0));
    lines.subList(1, lines.size()).forEach(l -> assertTrue(l.startsWith("not applied "), l));
    assertEquals("bpctl apply: 1 failed, " + (lines.size() - 1) + " not tried, 0 done", run.err().strip());
    assertFalse(run.err().contains("\tat ") || run.out().contains("\tat "), run.out() + run.err());
  }

  private static List<HasMetadata> kafkaExampleObjects() throws Exception {
    return Renderer.standard().render(DocumentReader.read(RenderCommandTest.KAFKA).document().orElseThrow()).objects().objects();
  }

  /** Where server-side apply of this object goes, with the query bpctl sends. */
  private static String applyPath(HasMetadata o) {
    String group = o.getApiVersion().contains("/") ? "/apis/" : "/api/";
    return group + o.getApiVersion() + "/namespaces/" + o.getMetadata().getNamespace() + "/"
        + o.getKind().toLowerCase(Locale.ROOT) + "s/" + o.getMetadata().getName()
        + "?fieldValidation=Strict&fieldManager=bpctl";
  }
}
