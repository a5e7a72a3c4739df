package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceJson;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Documents in the platform API's own format, through bpctl as a user runs it: a Kafka export
 * shaped like the platform's Terraform example, and the Pub/Sub example with autoscaling, spot
 * nodes and a node pool, suspended or not. Every rendered object goes through Kubernetes' (and
 * KEDA's) own schemas.
 */
class RealFormatCommandsTest {
  private static final Path EXPORT = Path.of("..", "examples", "kafka-platform-export.json");
  private static final Path PUBSUB = Path.of("..", "examples", "pubsub-example.json");
  private static final Path NODE_DIR = Path.of("..", "persistence-render", "src", "test", "node");

  @TempDir Path tmp;

  @Test
  void theExportValidatesWithNoErrorAndNoUnknownRealField() throws Exception {
    CliRun run = CliRun.of("validate", EXPORT.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.out() + run.err());
    JsonNode report = new ObjectMapper().readTree(run.out());
    assertTrue(report.get("valid").asBoolean());
    report.get("warnings").forEach(w -> assertFalse(w.get("type").asText().equals("Unknown"), w.toString()));
  }

  @Test
  void fmtKeepsTheExportsMeaningAndItsSpelling() throws Exception {
    CliRun run = CliRun.of("fmt", EXPORT.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertEquals(DocumentReader.read(EXPORT).document().orElseThrow(),
        DocumentReader.read(run.out()).document().orElseThrow());
    assertTrue(run.out().contains("\"metadata_provider\": \"grpc_server\""), "closed sets keep their case");
    Path once = tmp.resolve("once.json");
    Files.writeString(once, run.out());
    assertEquals(run.out(), CliRun.of("fmt", once.toString()).out(), "fmt of fmt is the same bytes");
  }

  @Test
  void theExportRendersWhatItsFieldsAskFor() throws Exception {
    CliRun run = CliRun.of("render", EXPORT.toString(), "--format", "json");
    assertEquals(0, run.exitCode(), run.err());
    List<JsonNode> items = new ArrayList<>();
    new ObjectMapper().readTree(run.out()).get("items").forEach(items::add);
    JsonNode online = deployment(items, "online-writer");
    JsonNode pod = online.at("/spec/template/spec");
    assertEquals("amd64", pod.at("/nodeSelector/kubernetes.io~1arch").asText());
    assertEquals("writers", pod.at("/nodeSelector/workload").asText());
    JsonNode container = pod.at("/containers/0");
    assertEquals("2Gi", container.at("/resources/requests/ephemeral-storage").asText());
    assertEquals(container.at("/resources/requests"), container.at("/resources/limits"), "no limit: the request");
    List<String> env = new ArrayList<>();
    container.get("env").forEach(e -> env.add(e.get("name").asText() + "=" + e.get("value").asText()));
    assertEquals(List.of("LOG_LEVEL=info", "OTEL_SERVICE_NAME=online-writer"), env.subList(env.size() - 2, env.size()),
        "the writer's own variables come last: " + env);
    assertEquals("registry.example.com/bgpersistence/python-bus-writer:1.9.0-rc.1",
        deployment(items, "offline-writer").at("/spec/template/spec/containers/0/image").asText());
    List<String> metricsEnv = new ArrayList<>();
    deployment(items, "go-result-bus-metrics-writer").at("/spec/template/spec/containers/0/env")
        .forEach(e -> metricsEnv.add(e.get("name").asText() + "=" + e.get("value").asText()));
    assertTrue(metricsEnv.contains("KAFKA_CONSUMER_GROUP_OVERRIDE=bgp-result-metrics"), metricsEnv.toString());
    JsonNode config = items.stream().filter(i -> i.get("kind").asText().equals("ConfigMap")).findFirst().orElseThrow();
    assertEquals("grpc_server", config.at("/data/METADATA_PROVIDER").asText());
    assertTrue(config.at("/data/RESULT_BUS_TOPIC_ID").isMissingNode(), "read by its writers, not shared");
    assertSchemasAccept(CliRun.of("render", EXPORT.toString()).out());
  }

  @Test
  void aPubSubFleetRendersItsAutoscalerAndPlacementAndSuspendedNone() throws Exception {
    CliRun run = CliRun.of("render", PUBSUB.toString());
    assertEquals(0, run.exitCode(), run.err());
    assertTrue(run.out().contains("kind: ScaledObject"), run.out());
    assertTrue(run.out().contains("cloud.google.com/gke-spot: \"true\""), run.out());
    assertTrue(run.out().contains("cloud.google.com/gke-nodepool: writers"), run.out());
    assertSchemasAccept(run.out());

    ObjectNode suspended = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(PUBSUB));
    suspended.put("suspended", true);
    Path file = tmp.resolve("suspended.json");
    Files.writeString(file, suspended.toString());
    CliRun off = CliRun.of("render", file.toString(), "--format", "json");
    assertEquals(0, off.exitCode(), off.err());
    List<String> kinds = new ArrayList<>();
    new ObjectMapper().readTree(off.out()).get("items").forEach(i -> {
      kinds.add(i.get("kind").asText());
      if (i.get("kind").asText().equals("Deployment")) {
        assertEquals(0, i.at("/spec/replicas").asInt(-1), i.at("/metadata/name").asText());
      }
    });
    assertFalse(kinds.contains("ScaledObject") || kinds.contains("TriggerAuthentication"), kinds.toString());
    assertSchemasAccept(CliRun.of("render", file.toString()).out());
  }

  @Test
  void aClusterManagerNeedsItsImageOverride() throws Exception {
    ObjectNode doc = (ObjectNode) PersistenceJson.mapper().readTree(Files.readString(EXPORT));
    ObjectNode manager = ((com.fasterxml.jackson.databind.node.ArrayNode) doc.get("writers")).addObject();
    manager.put("name", "cluster-manager");
    manager.put("bus_subscriber_type", "CLUSTER_MANAGER");
    Path without = tmp.resolve("without.json");
    Files.writeString(without, doc.toString());
    CliRun refused = CliRun.of("validate", without.toString());
    assertEquals(1, refused.exitCode());
    assertTrue(refused.out().contains("writers[7].image_override: Required"), refused.out());

    manager.put("image_override", "registry.example.com/platform/cluster-manager:2.1.0");
    Path with = tmp.resolve("with.json");
    Files.writeString(with, doc.toString());
    CliRun rendered = CliRun.of("render", with.toString());
    assertEquals(0, rendered.exitCode(), rendered.err());
    assertTrue(rendered.err().contains("writers[7].bus_subscriber_type"), "the inferred row is warned of: " + rendered.err());
    assertTrue(rendered.out().contains("image: registry.example.com/platform/cluster-manager:2.1.0"));
  }

  private static JsonNode deployment(List<JsonNode> items, String name) {
    return items.stream().filter(i -> i.get("kind").asText().equals("Deployment")
        && i.at("/metadata/name").asText().equals(name)).findFirst().orElseThrow();
  }

  /** Kubernetes' and KEDA's own schemas (npm kubernetes-models), run by node; skipped only without node. */
  private static void assertSchemasAccept(String yaml) throws IOException, InterruptedException {
    assumeTrue(nodeAvailable() && Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("@kubernetes-models")),
        "node and the schema packages (persistence-render/src/test/node/install.sh) are needed");
    Process p = new ProcessBuilder("node", "check-k8s.cjs").directory(NODE_DIR.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT).start();
    p.getOutputStream().write(yaml.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertTrue(p.waitFor(120, TimeUnit.SECONDS));
    JsonNode result = new ObjectMapper().readTree(out);
    assertEquals("[]", result.get("errors").toString(), out);
    assertTrue(result.get("checked").asInt() > 0);
  }

  private static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder("node", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
