package io.bgpersistence.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.deploy.FleetStatus;
import io.bgpersistence.deploy.UnusableKubeconfigException;
import io.bgpersistence.deploy.WriterDeployment;
import io.bgpersistence.kafka.client.KafkaBusException;
import io.bgpersistence.kafka.client.KafkaClientSettings;
import io.bgpersistence.kafka.client.KafkaLag;
import io.bgpersistence.kafka.client.KafkaSettingsException;
import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.pubsub.client.CredentialsProblem;
import io.bgpersistence.pubsub.client.ProvisionOptions;
import io.bgpersistence.pubsub.client.PubSubBus;
import io.bgpersistence.pubsub.client.PubSubBusException;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import io.fabric8.kubernetes.client.KubernetesClient;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "status", mixinStandardHelpOptions = true,
    description = {"Show each writer's Deployment and its bus.",
        "",
        "One row per writer of a valid document: its Deployment in the cluster of the current"
            + " kubeconfig context (replicas; image and settings in sync with what the document renders now, or"
            + " drifted; a stuck rollout), and its bus: the consumer group's lag (Kafka) or its subscription"
            + " (Pub/Sub, whose backlog the admin API does not tell). Exit 1 when a writer is missing, drifted,"
            + " failing, or behind by more than --max-lag."})
final class StatusCommand implements Callable<Integer> {
  /** How the command gets its cluster client, empty when none is configured; tests replace it. */
  static Function<Duration, Optional<KubernetesClient>> clients = FleetStatus::configuredClient;

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--max-lag", paramLabel = "N", description = "Kafka: a writer more than N messages behind fails.")
  Long maxLag;

  @Option(names = "--result-topic", paramLabel = "TOPIC",
      description = "Pub/Sub: the topic the result-bus subscriptions read, when the document has no result_bus_topic_id.")
  String resultTopic;

  @Mixin LiveOptions live;
  @Mixin SaslSecretOption sasl;

  /** One part of a row: the cluster's or the bus's. */
  private record Part(CheckStatus status, String detail, ObjectNode json) {}

  @Override
  public Integer call() {
    if (maxLag != null && maxLag < 0) {
      throw new ParameterException(spec.commandLine(), "--max-lag must be 0 or more");
    }
    Duration timeout = live.timeout();
    Optional<PersistenceDocument> valid = live.validDocument(file);
    if (valid.isEmpty()) {
      return Bpctl.INVALID;
    }
    PersistenceDocument document = valid.get();
    List<String> writers = document.writers().stream().map(w -> w.name().orElseThrow()).toList();
    Map<String, Part> cluster = kubernetes(document, writers, timeout);
    Map<String, Part> bus = BusBackend.KAFKA.isUsedBy(document) ? kafka(document, timeout) : pubsub(document, timeout);
    Map<String, OptionalLong> lags = new LinkedHashMap<>();
    bus.forEach((w, p) -> lags.put(w, p.json().has("lag") && p.json().get("lag").isNumber()
        ? OptionalLong.of(p.json().get("lag").asLong()) : OptionalLong.empty()));

    // A reason every writer shares (no cluster, no credential, no client) is said once, not on
    // every row.
    Optional<Part> clusterShared = shared(writers.stream().map(cluster::get).toList());
    Optional<Part> busShared = shared(writers.stream().map(bus::get).toList());
    ObjectNode root = PersistenceJson.mapper().createObjectNode();
    ArrayNode rows = root.putArray("writers");
    List<String> lines = new ArrayList<>();
    boolean failed = false;
    for (String w : writers) {
      Part k = cluster.get(w);
      Part b = bus.getOrDefault(w, new Part(CheckStatus.SKIP, "reads no bus the document names",
          PersistenceJson.mapper().createObjectNode()));
      OptionalLong lag = lags.getOrDefault(w, OptionalLong.empty());
      if (maxLag != null && lag.isPresent() && lag.getAsLong() > maxLag) {
        b = new Part(CheckStatus.FAIL, b.detail() + ", more than --max-lag " + maxLag, b.json());
      }
      CheckStatus row = k.status() == CheckStatus.FAIL || b.status() == CheckStatus.FAIL ? CheckStatus.FAIL
          : k.status() == CheckStatus.OK || b.status() == CheckStatus.OK ? CheckStatus.OK : CheckStatus.SKIP;
      failed |= row == CheckStatus.FAIL;
      List<String> parts = new ArrayList<>();
      if (clusterShared.isEmpty()) {
        parts.add(part(k));
      }
      if (busShared.isEmpty()) {
        parts.add(part(b));
      }
      String said = parts.isEmpty() ? (row == CheckStatus.SKIP ? "nothing checked" : "as above") : String.join("; ", parts);
      lines.add(String.format("%-4s %s: %s", row.label(), w, said));
      ObjectNode o = rows.addObject();
      o.put("name", w);
      o.put("status", row.label());
      if (lag.isPresent()) {
        o.put("lag", lag.getAsLong());
      } else {
        o.putNull("lag");
      }
      o.set("kubernetes", k.json().put("status", k.status().label()).put("detail", k.detail()));
      o.set("bus", b.json().put("status", b.status().label()).put("detail", b.detail()));
    }
    PrintWriter out = spec.commandLine().getOut();
    if (format == OutputFormat.json) {
      out.println(json(root));
    } else {
      clusterShared.ifPresent(p -> out.println(p.status().label() + " kubernetes (every writer): " + p.detail()));
      busShared.ifPresent(p -> out.println(p.status().label() + " bus (every writer): " + p.detail()));
      lines.forEach(out::println);
    }
    out.flush();
    return failed ? Bpctl.INVALID : Bpctl.OK;
  }

  /** The one SKIP or FAIL reason of every part, when they all share it. */
  private static Optional<Part> shared(List<Part> parts) {
    if (parts.isEmpty() || parts.stream().anyMatch(p -> p == null || p.status() == CheckStatus.OK)) {
      return Optional.empty();
    }
    Part first = parts.get(0);
    return parts.stream().allMatch(p -> p.status() == first.status() && p.detail().equals(first.detail()))
        ? Optional.of(first) : Optional.empty();
  }

  private static String part(Part p) {
    return p.status() == CheckStatus.SKIP ? "SKIP " + p.detail() : p.detail();
  }

  private Map<String, Part> kubernetes(PersistenceDocument document, List<String> writers, Duration timeout) {
    Map<String, Part> out = new LinkedHashMap<>();
    Optional<KubernetesClient> client;
    try {
      client = clients.apply(timeout);
    } catch (UnusableKubeconfigException e) {
      writers.forEach(w -> out.put(w, new Part(CheckStatus.FAIL, e.getMessage(), json())));
      return out;
    }
    if (client.isEmpty()) {
      writers.forEach(w -> out.put(w, new Part(CheckStatus.SKIP,
          FleetStatus.NO_CLUSTER, json())));
      return out;
    }
    RenderedObjects rendered = Renderer.standard().render(document).objects();
    try (KubernetesClient c = client.get()) {
      for (WriterDeployment d : new FleetStatus(c).writers(rendered)) {
        ObjectNode j = json();
        j.put("deployment", d.exists());
        if (d.exists()) {
          j.putObject("replicas").put("desired", d.desired()).put("ready", d.ready()).put("updated", d.updated());
          j.put("image", d.imageInSync() ? "in sync" : "drifted");
          j.put("settings", d.settingsInSync() ? "in sync" : "drifted");
          d.liveChecksum().ifPresentOrElse(sum -> j.put("cluster_checksum", sum), () -> j.putNull("cluster_checksum"));
          d.renderedChecksum().ifPresent(sum -> j.put("rendered_checksum", sum));
          ArrayNode stuck = j.putArray("stuck");
          d.stuck().forEach(stuck::add);
        }
        out.put(d.writer(), new Part(d.failing() ? CheckStatus.FAIL : CheckStatus.OK, d.describe(), j));
      }
    }
    return out;
  }

  private Map<String, Part> kafka(PersistenceDocument document, Duration timeout) {
    Map<String, Part> out = new LinkedHashMap<>();
    Optional<SecretValue> secret = sasl.secret();
    KafkaClientSettings settings;
    try {
      settings = KafkaClientSettings.of(document, secret);
    } catch (KafkaSettingsException e) {
      String why = e.getMessage() + (secret.isEmpty() ? "; " + SaslSecretOption.HOW : "");
      document.writers().forEach(w -> out.put(w.name().orElseThrow(), new Part(secret.isEmpty() ? CheckStatus.SKIP
          : CheckStatus.FAIL, "lag unknown: " + why, kafkaJson(w))));
      return out;
    }
    try {
      for (KafkaLag.WriterLag l : KafkaLag.ofWriters(settings, document, timeout)) {
        ObjectNode j = json().put("backend", "KAFKA").put("consumer_group", l.group());
        ArrayNode topics = j.putArray("topics");
        l.topics().forEach(topics::add);
        if (l.lag().isPresent()) {
          j.put("lag", l.lag().getAsLong());
          out.put(l.writer(), new Part(CheckStatus.OK, "lag " + l.lag().getAsLong() + " (group " + l.group() + " on "
              + String.join(", ", l.topics()) + ")", j));
        } else {
          j.putNull("lag");
          out.put(l.writer(), new Part(CheckStatus.FAIL, "lag unknown: " + l.problem().orElse("?"), j));
        }
      }
    } catch (KafkaBusException e) {
      document.writers().forEach(w -> out.put(w.name().orElseThrow(), new Part(CheckStatus.FAIL,
          "lag unknown: " + e.getMessage(), kafkaJson(w))));
    } catch (org.apache.kafka.common.KafkaException e) {
      document.writers().forEach(w -> out.put(w.name().orElseThrow(), new Part(CheckStatus.FAIL,
          "lag unknown: the Kafka client failed: " + e.getMessage(), kafkaJson(w))));
    }
    return out;
  }

  private static ObjectNode kafkaJson(WriterSpec w) {
    return json().put("backend", "KAFKA").put("consumer_group", KafkaClientSettings.consumerGroup(w));
  }

  private Map<String, Part> pubsub(PersistenceDocument document, Duration timeout) {
    Map<String, Part> out = new LinkedHashMap<>();
    ProvisionOptions options = new ProvisionOptions(Optional.ofNullable(resultTopic), LiveOptions.defaultProject(),
        io.bgpersistence.pubsub.client.SubscriptionOptions.DEFAULTS);
    try (PubSubBus bus = PubSubBus.open(live.pubsubEndpoint(), timeout)) {
      for (PubSubBus.WriterSubscription s : bus.writers(document, options)) {
        ObjectNode j = json().put("backend", "PUBSUB");
        s.subscription().ifPresentOrElse(n -> j.put("subscription", n), () -> j.putNull("subscription"));
        s.reads().ifPresentOrElse(t -> j.put("topic", t), () -> j.putNull("topic"));
        j.put("backlog", "unknown");
        out.put(s.writer(), new Part(s.status(), s.detail() + "; backlog unknown (the admin API does not tell it)", j));
      }
    } catch (IOException e) {
      CredentialsProblem problem = CredentialsProblem.of(e, LiveOptions.environment::apply);
      document.writers().forEach(w -> out.put(w.name().orElseThrow(), new Part(
          problem.configured() ? CheckStatus.FAIL : CheckStatus.SKIP, problem.detail() + "; give --pubsub-endpoint "
              + "HOST:PORT for an emulator", json().put("backend", "PUBSUB").put("backlog", "unknown"))));
    } catch (PubSubBusException e) {
      document.writers().forEach(w -> out.put(w.name().orElseThrow(), new Part(CheckStatus.FAIL, e.getMessage(),
          json().put("backend", "PUBSUB").put("backlog", "unknown"))));
    }
    return out;
  }

  private static String json(ObjectNode root) {
    try {
      return PersistenceJson.prettyWriter().writeValueAsString(root);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException("cannot write the status as JSON", e);  // a tree of strings and numbers always writes
    }
  }

  private static ObjectNode json() {
    return PersistenceJson.mapper().createObjectNode();
  }
}
