package io.bgpersistence.cli;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.kafka.client.KafkaBusException;
import io.bgpersistence.kafka.client.KafkaClientSettings;
import io.bgpersistence.kafka.client.KafkaProvisioner;
import io.bgpersistence.kafka.client.KafkaSettingsException;
import io.bgpersistence.kafka.client.TopicOptions;
import io.bgpersistence.kafka.client.TopicPlan;
import io.bgpersistence.pubsub.client.CredentialsProblem;
import io.bgpersistence.pubsub.client.ProvisionOptions;
import io.bgpersistence.pubsub.client.PubSubBus;
import io.bgpersistence.pubsub.client.PubSubBusException;
import io.bgpersistence.pubsub.client.ResourcePlan;
import io.bgpersistence.pubsub.client.SubscriptionOptions;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "provision", mixinStandardHelpOptions = true,
    description = {"Create the topics and subscriptions the bus lacks.",
        "",
        "For a valid document's writers: Kafka topics they read and publish to and the DLQ topic;"
            + " Pub/Sub topics and subscriptions, each subscription attached to its bus's topic. Never alters or"
            + " deletes what exists. One line per topic or subscription: create or exists. Running it twice creates"
            + " nothing the second time."})
final class ProvisionCommand implements Callable<Integer> {
  private static final Pattern RETENTION = Pattern.compile("([0-9]{1,7})([smhd])");

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--dry-run", description = "Print the plan and change nothing.")
  boolean dryRun;

  @Option(names = "--partitions", paramLabel = "N",
      description = "Kafka: partitions of each new topic (default: the broker's num.partitions).")
  Integer partitions;

  @Option(names = "--replication-factor", paramLabel = "N",
      description = "Kafka: replication factor of each new topic (default: the broker's default.replication.factor).")
  Integer replicationFactor;

  @Option(names = "--result-topic", paramLabel = "TOPIC",
      description = "Pub/Sub: the topic the three result-bus subscriptions read, when the document has no"
          + " result_bus_topic_id.")
  String resultTopic;

  @Option(names = "--ack-deadline", paramLabel = "SECONDS",
      description = "Pub/Sub: ack deadline of each new subscription, 10 to 600 (default: Pub/Sub's, 10).")
  Integer ackDeadline;

  @Option(names = "--message-retention", paramLabel = "DURATION",
      description = "Pub/Sub: how long each new subscription keeps unacked messages, 10m to 7d (e.g. 12h, 3d).")
  String messageRetention;

  @Option(names = "--dead-letter-topic", paramLabel = "TOPIC",
      description = "Pub/Sub: the dead-letter topic of each new subscription (created when missing).")
  String deadLetterTopic;

  @Option(names = "--max-delivery-attempts", paramLabel = "N", defaultValue = "5",
      description = "Pub/Sub: attempts before a message goes to the dead-letter topic, 5 to 100 (default: ${DEFAULT-VALUE}).")
  int maxDeliveryAttempts;

  @Mixin LiveOptions live;
  @Mixin SaslSecretOption sasl;

  @Override
  public Integer call() {
    Duration timeout = live.timeout();
    Optional<PersistenceDocument> valid = live.validDocument(file);
    if (valid.isEmpty()) {
      return Bpctl.INVALID;
    }
    PersistenceDocument document = valid.get();
    if (BusBackend.KAFKA.isUsedBy(document)) {
      refuse(resultTopic != null || ackDeadline != null || messageRetention != null || deadLetterTopic != null,
          "--result-topic, --ack-deadline, --message-retention and --dead-letter-topic are for Pub/Sub documents");
      return kafka(document, timeout);
    }
    refuse(partitions != null || replicationFactor != null, "--partitions and --replication-factor are for Kafka documents");
    return pubsub(document, timeout);
  }

  private void refuse(boolean wrong, String message) {
    if (wrong) {
      throw new ParameterException(spec.commandLine(), message);
    }
  }

  private int kafka(PersistenceDocument document, Duration timeout) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    TopicOptions options;
    try {
      options = new TopicOptions(partitions == null ? OptionalInt.empty() : OptionalInt.of(partitions),
          Optional.ofNullable(replicationFactor).map(r -> {
            refuse(r > Short.MAX_VALUE, "--replication-factor must be at most " + Short.MAX_VALUE);
            return r.shortValue();
          }));
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), "--partitions / --replication-factor: " + e.getMessage());
    }
    Optional<SecretValue> secret = sasl.secret();
    KafkaClientSettings settings;
    try {
      settings = KafkaClientSettings.of(document, secret);
    } catch (KafkaSettingsException e) {
      err.println("bpctl provision: " + e.getMessage() + (secret.isEmpty() ? "; " + SaslSecretOption.HOW : ""));
      return secret.isEmpty() ? Bpctl.USAGE : Bpctl.INVALID;
    }
    try (KafkaProvisioner provisioner = KafkaProvisioner.open(settings, timeout)) {
      TopicPlan plan = provisioner.plan(document, options);
      out.print(plan.toText());
      int count = plan.toCreate().size();
      if (dryRun) {
        out.println("dry run: " + topics(count) + " would be created; nothing was changed");
      } else {
        List<String> created = provisioner.apply(plan);
        out.println(created.isEmpty() ? "nothing to create" : "created " + topics(created.size()));
      }
      out.flush();
      return Bpctl.OK;
    } catch (KafkaBusException | org.apache.kafka.common.KafkaException e) {
      err.println("bpctl provision: " + e.getMessage());
      return Bpctl.INVALID;
    }
  }

  private static String topics(int n) {
    return n + (n == 1 ? " topic" : " topics");
  }

  private int pubsub(PersistenceDocument document, Duration timeout) {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    ProvisionOptions options = new ProvisionOptions(Optional.ofNullable(resultTopic), LiveOptions.defaultProject(),
        subscriptionOptions());
    try (PubSubBus bus = PubSubBus.open(live.pubsubEndpoint(), timeout)) {
      ResourcePlan plan = bus.plan(document, options);
      out.print(plan.toText());
      int count = plan.toCreate().size();
      if (dryRun) {
        out.println("dry run: " + count + " resource(s) would be created; nothing was changed");
      } else {
        List<String> created = bus.apply(plan);
        out.println(created.isEmpty() ? "nothing to create" : "created " + created.size() + " resource(s)");
      }
      if (!plan.problems().isEmpty()) {
        out.println(plan.problems().size() + " resource(s) need your action (FAIL above)");
      }
      out.flush();
      return plan.problems().isEmpty() ? Bpctl.OK : Bpctl.INVALID;
    } catch (IOException e) {
      CredentialsProblem problem = CredentialsProblem.of(e, LiveOptions.environment::apply);
      err.println("bpctl provision: " + problem.detail()
          + "; run 'gcloud auth application-default login', or give --pubsub-endpoint HOST:PORT for an emulator");
      // None given is the user's to give, as Kafka's missing credential (2); given but refused, a failed check (1).
      return problem.configured() ? Bpctl.INVALID : Bpctl.USAGE;
    } catch (PubSubBusException e) {
      err.println("bpctl provision: " + e.getMessage());
      return Bpctl.INVALID;
    }
  }

  private SubscriptionOptions subscriptionOptions() {
    try {
      return new SubscriptionOptions(ackDeadline == null ? OptionalInt.empty() : OptionalInt.of(ackDeadline),
          Optional.ofNullable(messageRetention).map(this::retention), Optional.ofNullable(deadLetterTopic),
          maxDeliveryAttempts);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Duration retention(String text) {
    Matcher m = RETENTION.matcher(text);
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--message-retention " + text
          + ": expected a number and a unit, s, m, h or d (e.g. 12h, 3d)");
    }
    long n = Long.parseLong(m.group(1));
    return switch (m.group(2)) {
      case "s" -> Duration.ofSeconds(n);
      case "m" -> Duration.ofMinutes(n);
      case "h" -> Duration.ofHours(n);
      default -> Duration.ofDays(n);
    };
  }
}
