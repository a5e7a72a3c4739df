package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpctl status} against fabric8's MOCK API server in CRUD mode (no Kubernetes API server can
 * run here): it holds the Deployments, status included, that a controller would have left. No Kafka
 * credential is given, so the bus side is SKIP and nothing connects to the document's brokers.
 */
@EnableKubernetesMockClient(crud = true)
class StatusCommandKubernetesTest {
  KubernetesClient client;

  @TempDir Path tmp;

  @AfterEach
  void restore() {
    LiveOptions.environment = System::getenv;
    StatusCommand.clients = io.bgpersistence.deploy.FleetStatus::configuredClient;
  }

  private void deployed(String name, String image) {
    Deployment rendered = Renderer.standard().render(SampleDocuments.kafkaSeedFilledIn()).objects().objects().stream()
        .filter(o -> o instanceof Deployment && o.getMetadata().getName().equals(name)).map(o -> (Deployment) o)
        .findFirst().orElseThrow();
    DeploymentBuilder b = new DeploymentBuilder(rendered).withNewStatus().withReplicas(1).withReadyReplicas(1)
        .withUpdatedReplicas(1).endStatus();
    if (image != null) {
      b.editSpec().editTemplate().editSpec().editFirstContainer().withImage(image).endContainer().endSpec().endTemplate()
          .endSpec();
    }
    client.resource(b.build()).create();
  }

  private CliRun status(String... extra) throws Exception {
    Path file = Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.canonical(SampleDocuments.kafkaSeedFilledIn()));
    LiveOptions.environment = name -> null;
    StatusCommand.clients = timeout -> Optional.of(client);
    String[] args = new String[extra.length + 2];
    args[0] = "status";
    args[1] = file.toString();
    System.arraycopy(extra, 0, args, 2, extra.length);
    return CliRun.of(args);
  }

  @Test
  void everyWriterInSyncIsExit0() throws Exception {
    deployed("go-metrics-bus-writer", null);
    deployed("go-result-bus-metrics-writer", null);
    CliRun run = status();
    assertEquals(0, run.exitCode(), run.out() + run.err());
    List<String> lines = run.out().lines().toList();
    assertEquals(3, lines.size(), run.out());
    assertTrue(lines.get(0).startsWith("SKIP bus (every writer): lag unknown: "), lines.get(0));
    assertTrue(lines.get(0).contains("--sasl-secret-file"), lines.get(0));
    assertEquals("ok   go-metrics-bus-writer: deployment 1/1 ready, 1 updated, in sync", lines.get(1));
  }

  @Test
  void aDriftedImageAndAMissingWriterAreExit1WithTheirRowsInJson() throws Exception {
    deployed("go-metrics-bus-writer", "registry.example.com/hotfix:0.0.1");
    CliRun run = status("--format", "json");
    assertEquals(1, run.exitCode(), run.out() + run.err());
    JsonNode writers = PersistenceJson.mapper().readTree(run.out()).get("writers");
    assertEquals(2, writers.size());
    JsonNode drifted = writers.get(0);
    assertEquals("go-metrics-bus-writer", drifted.get("name").asText());
    assertEquals("FAIL", drifted.get("status").asText());
    assertTrue(drifted.get("lag").isNull());
    assertEquals("drifted", drifted.get("kubernetes").get("image").asText());
    assertEquals("in sync", drifted.get("kubernetes").get("settings").asText());
    assertEquals(1, drifted.get("kubernetes").get("replicas").get("ready").asInt());
    JsonNode missing = writers.get(1);
    assertEquals("go-result-bus-metrics-writer", missing.get("name").asText());
    assertEquals(false, missing.get("kubernetes").get("deployment").asBoolean());
    assertEquals("FAIL", missing.get("status").asText());
  }

  @Test
  void withoutAClusterTheKubernetesSideIsSkipNotOk() throws Exception {
    Path file = Files.writeString(tmp.resolve("fleet.json"), PersistenceJson.canonical(SampleDocuments.kafkaSeedFilledIn()));
    LiveOptions.environment = name -> null;
    StatusCommand.clients = timeout -> Optional.empty();
    CliRun run = CliRun.of("status", file.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), "nothing failed, nothing was proven: " + run.out());
    JsonNode w = PersistenceJson.mapper().readTree(run.out()).get("writers").get(0);
    assertEquals("SKIP", w.get("status").asText());
    assertEquals("SKIP", w.get("kubernetes").get("status").asText());
    assertTrue(w.get("kubernetes").get("detail").asText().startsWith("no cluster configured"));
  }
}
