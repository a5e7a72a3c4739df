package io.bgpersistence.kafka.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterTypeRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.CreateTopicsResult;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.TopicExistsException;

/**
 * Makes the bus ready for a document's writers: creates the topics they read and publish to, and
 * the dead-letter topic, that do not exist yet. First {@link #plan} (a {@link TopicPlan} value: one
 * step per topic, {@code create} or {@code exists} with its partitions), then {@link #apply} it.
 * Existing topics are never altered or deleted; applying a plan twice creates nothing the second
 * time (a topic someone else created in between counts as existing).
 *
 * <pre>{@code
 * var settings = KafkaClientSettings.of(document, Optional.of(new SecretValue(secretJson)));
 * try (var provisioner = KafkaProvisioner.open(settings, Duration.ofSeconds(10))) {
 *   TopicPlan plan = provisioner.plan(document, TopicOptions.BROKER_DEFAULTS);
 *   List<String> created = provisioner.apply(plan);
 * }
 * }</pre>
 */
public final class KafkaProvisioner implements AutoCloseable {
  static final String CLIENT_ID = "bpctl-provision";

  private final Admin admin;
  private final Duration timeout;
  private final boolean owned;
  private final Optional<KafkaClientSettings> settings;

  private KafkaProvisioner(Admin admin, Duration timeout, boolean owned, Optional<KafkaClientSettings> settings) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.owned = owned;
    this.settings = settings;
  }

  /**
   * With an Admin client of its own, made from the settings.
   *
   * @param settings the document's client settings, with the credential
   * @param timeout the bound of every wait
   * @return a provisioner; close it
   * @throws KafkaBusException when no bootstrap server accepts a connection, or no client can be made from the settings
   */
  public static KafkaProvisioner open(KafkaClientSettings settings, Duration timeout) {
    return new KafkaProvisioner(KafkaChecks.reachableAdmin(settings, timeout, CLIENT_ID), timeout,
        true, Optional.of(settings));
  }

  /**
   * With the caller's Admin client, which {@link #close()} leaves open.
   *
   * @param admin the caller's client
   * @param timeout the bound of every wait
   * @return a provisioner
   */
  public static KafkaProvisioner using(Admin admin, Duration timeout) {
    return new KafkaProvisioner(admin, timeout, false, Optional.empty());
  }

  /**
   * What provisioning would do: the topics the writers read or publish to (from the registry rows,
   * once each, in the order the writers name them), then the dead-letter topic. A topic field the
   * document leaves empty has no step (validation reports it).
   *
   * @param document a valid Kafka document
   * @param options partitions and replication factor of new topics
   * @return the plan; nothing is changed
   * @throws KafkaBusException when the brokers refuse or do not answer
   */
  public TopicPlan plan(PersistenceDocument document, TopicOptions options) {
    return plan(document, WriterTypeRegistry.builtIn(), options);
  }

  /**
   * {@link #plan(PersistenceDocument, TopicOptions)} with a registry of one's own writer types.
   *
   * @param document a valid Kafka document
   * @param registry the writer types
   * @param options partitions and replication factor of new topics
   * @return the plan; nothing is changed
   */
  public TopicPlan plan(PersistenceDocument document, WriterTypeRegistry registry, TopicOptions options) {
    NeededTopics needed = NeededTopics.of(document, registry);
    List<String> names = new ArrayList<>();
    List<String> users = new ArrayList<>();
    for (NeededTopics.Topic t : needed.topics()) {
      names.add(t.name());
      users.add(t.users());
    }
    Optional<String> dlq = Setting.KAFKA_DLQ_TOPIC.givenIn(document);
    if (dlq.isPresent() && !names.contains(dlq.get())) {
      names.add(dlq.get());
      users.add("dead-letter topic");
    }
    Set<String> existing = await(admin.listTopics().names(), "list the topics");
    List<String> present = names.stream().filter(existing::contains).toList();
    Map<String, TopicDescription> described = present.isEmpty() ? Map.of()
        : await(admin.describeTopics(present).allTopicNames(), "describe the topics");
    List<TopicPlan.Step> steps = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      String name = names.get(i);
      TopicDescription d = described.get(name);
      steps.add(d != null
          ? new TopicPlan.Step(name, TopicPlan.Action.EXISTS, OptionalInt.of(d.partitions().size()), Optional.empty(),
              users.get(i))
          : new TopicPlan.Step(name, TopicPlan.Action.CREATE, options.partitions(), options.replicationFactor(),
              users.get(i)));
    }
    return new TopicPlan(steps);
  }

  /**
   * Creates the plan's {@code create} topics; returns the names it created. A topic that exists by
   * now (someone else made it) is not an error and is not in the list.
   *
   * @param plan a plan of this cluster
   * @return the topics created
   * @throws KafkaBusException when the brokers refuse a creation or do not answer
   */
  public List<String> apply(TopicPlan plan) {
    List<TopicPlan.Step> create = plan.toCreate();
    if (create.isEmpty()) {
      return List.of();
    }
    List<NewTopic> topics = create.stream()
        .map(s -> new NewTopic(s.topic(),
            s.partitions().isPresent() ? Optional.of(s.partitions().getAsInt()) : Optional.empty(),
            s.replicationFactor()))
        .toList();
    CreateTopicsResult result = admin.createTopics(topics);
    List<String> created = new ArrayList<>();
    for (TopicPlan.Step s : create) {
      try {
        await(result.values().get(s.topic()), "create topic " + s.topic());
        created.add(s.topic());
      } catch (KafkaBusException e) {
        if (!(e.getCause() instanceof TopicExistsException)) {
          throw e;
        }
      }
    }
    return List.copyOf(created);
  }

  private <T> T await(KafkaFuture<T> future, String what) {
    return AdminCalls.await(future, what, timeout, settings);
  }

  @Override
  public void close() {
    if (owned) {
      admin.close(Duration.ofSeconds(1));
    }
  }
}
