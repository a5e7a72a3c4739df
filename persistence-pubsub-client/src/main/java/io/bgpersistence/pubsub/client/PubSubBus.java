package io.bgpersistence.pubsub.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.pubsub.internal.ResourceKind;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A document's Pub/Sub resources, for {@code bpctl provision} and {@code bpctl status}: {@link #plan}
 * the topics and subscriptions the writers need (each subscription attached to its bus's topic:
 * the document's paired topic field, {@code result_bus_topic_id} for the three result-bus
 * subscriptions, else {@link ProvisionOptions#resultTopic}), {@link #apply} the plan (only missing
 * resources are created, nothing is changed or deleted; twice creates nothing the second time), and
 * {@link #writers} says per writer whether its subscription exists and reads the right topic.
 *
 * <pre>{@code
 * try (PubSubBus bus = PubSubBus.open(Optional.empty(), Duration.ofSeconds(10))) {   // Google's service
 *   ResourcePlan plan = bus.plan(document, ProvisionOptions.DEFAULTS);
 *   if (plan.problems().isEmpty()) bus.apply(plan);
 * }
 * }</pre>
 */
public final class PubSubBus implements AutoCloseable {
  private final PubSubAdmin admin;
  private final WriterTypeRegistry registry;

  PubSubBus(PubSubAdmin admin, WriterTypeRegistry registry) {
    this.admin = Objects.requireNonNull(admin, "admin");
    this.registry = Objects.requireNonNull(registry, "registry");
  }

  /**
   * Opens Google's admin clients: {@code localEndpoint} HOST:PORT of an emulator (plaintext, no
   * credentials), or empty for Google's service with the default credentials.
   *
   * @param localEndpoint HOST:PORT of an emulator, or empty
   * @param timeout how long each call may take
   * @return the open clients; close them
   * @throws IOException when there are no default credentials
   */
  public static PubSubBus open(Optional<String> localEndpoint, Duration timeout) throws IOException {
    return new PubSubBus(GoogleAdmin.open(localEndpoint, timeout), WriterTypeRegistry.builtIn());
  }

  /** @return where the answers come from: {@code Pub/Sub at 127.0.0.1:8085} */
  public String describe() {
    return admin.describe();
  }

  /**
   * The plan: the needed topics (with the subscriptions' topics and the dead-letter topic), then
   * the needed subscriptions, each once, in {@link Setting} order.
   *
   * @param document a valid Pub/Sub document
   * @param options the result topic, default project and subscription options
   * @return the plan; nothing is changed
   * @throws PubSubBusException when Pub/Sub refuses or does not answer a look-up
   */
  public ResourcePlan plan(PersistenceDocument document, ProvisionOptions options) {
    Optional<String> project = PubSubDocuments.project(document).or(options::defaultProject);
    Map<String, List<String>> topics = new LinkedHashMap<>();
    Map<String, Subscription> subscriptions = new LinkedHashMap<>();
    List<ResourcePlan.Step> cannot = new ArrayList<>();
    for (Setting s : PubSubDocuments.neededResources(document, registry)) {
      Optional<String> value = s.givenIn(document);
      if (value.isEmpty()) {
        continue;  // validation reports a writer's missing field
      }
      ResourceKind kind = PubSubDocuments.kindOf(s);
      Optional<String> full = PubSubChecks.resolve(value.get(), kind, project);
      if (full.isEmpty()) {
        cannot.add(new ResourcePlan.Step(ResourcePlan.Kind.of(kind), value.get(), ResourcePlan.Action.CANNOT, Optional.empty(),
            s.jsonName() + ": not a valid " + kind.noun() + " name, or a short id and no project is known (set "
                + Setting.GOOGLE_CLOUD_PROJECT.jsonName() + ")"));
        continue;
      }
      if (kind == ResourceKind.TOPIC) {
        topics.computeIfAbsent(full.get(), k -> new ArrayList<>()).add(s.jsonName());
        continue;
      }
      Optional<Attachment> attach = attachment(document, s, options, project);
      attach.ifPresent(a -> topics.computeIfAbsent(a.topic(), k -> new ArrayList<>()).add(a.from()));
      subscriptions.computeIfAbsent(full.get(), k -> new Subscription(new ArrayList<>(), attach))
          .fields().add(s.jsonName());
    }
    Optional<String> deadLetter = options.subscriptions().deadLetterTopic()
        .map(d -> PubSubChecks.resolve(d, ResourceKind.TOPIC, project).orElseThrow(() -> new IllegalArgumentException(
            "the dead-letter topic " + d + " is not a valid topic name, or a short id and no project is known")));
    deadLetter.ifPresent(d -> topics.computeIfAbsent(d, k -> new ArrayList<>()).add("dead-letter topic"));

    List<ResourcePlan.Step> steps = new ArrayList<>(cannot);
    topics.forEach((name, fields) -> {
      PubSubAdmin.Lookup found = admin.topic(name);
      steps.add(new ResourcePlan.Step(ResourcePlan.Kind.TOPIC, name, exists(found, name)
          ? ResourcePlan.Action.EXISTS : ResourcePlan.Action.CREATE, Optional.empty(), String.join(", ", fields)));
    });
    subscriptions.forEach((name, sub) -> steps.add(subscriptionStep(name, sub, options.subscriptions(), deadLetter)));
    return new ResourcePlan(steps, options.subscriptions(), deadLetter);
  }

  private record Subscription(List<String> fields, Optional<Attachment> attachment) {}

  /** The topic a subscription must read, and the field (or option) that says so. */
  private record Attachment(String topic, String from) {}

  private static Optional<Attachment> attachment(PersistenceDocument document, Setting subscription,
      ProvisionOptions options, Optional<String> project) {
    Optional<Setting> paired = AttachedTopics.pairedTopic(subscription).filter(t -> t.givenIn(document).isPresent());
    if (paired.isPresent()) {
      return paired.get().givenIn(document).flatMap(v -> PubSubChecks.resolve(v, ResourceKind.TOPIC, project))
          .map(t -> new Attachment(t, paired.get().jsonName()));
    }
    if (AttachedTopics.sharedTopicGroup(subscription).isPresent()) {
      return options.resultTopic().flatMap(v -> PubSubChecks.resolve(v, ResourceKind.TOPIC, project))
          .map(t -> new Attachment(t, "--result-topic"));
    }
    return Optional.empty();
  }

  private ResourcePlan.Step subscriptionStep(String name, Subscription sub, SubscriptionOptions options,
      Optional<String> deadLetter) {
    String fields = String.join(", ", sub.fields());
    Optional<String> topic = sub.attachment().map(Attachment::topic);
    PubSubAdmin.Lookup found = admin.subscription(name);
    if (exists(found, name)) {
      String reads = found.topic().orElse("");
      if (topic.isPresent() && !topic.get().equals(reads)) {
        return new ResourcePlan.Step(ResourcePlan.Kind.SUBSCRIPTION, name, ResourcePlan.Action.CONFLICT, Optional.of(reads),
            fields + ": it reads " + reads + ", not " + topic.get() + " (" + sub.attachment().get().from()
                + "); bpctl does not change an existing subscription");
      }
      return new ResourcePlan.Step(ResourcePlan.Kind.SUBSCRIPTION, name, ResourcePlan.Action.EXISTS, Optional.of(reads), fields);
    }
    if (topic.isEmpty()) {
      return new ResourcePlan.Step(ResourcePlan.Kind.SUBSCRIPTION, name, ResourcePlan.Action.CANNOT, Optional.empty(),
          fields + ": no topic to attach it to: set " + Setting.RESULT_BUS_TOPIC_ID.jsonName()
              + " in the document or give --result-topic");
    }
    String made = options.describe(deadLetter);
    return new ResourcePlan.Step(ResourcePlan.Kind.SUBSCRIPTION, name, ResourcePlan.Action.CREATE, topic,
        fields + (made.isEmpty() ? "" : "; " + made));
  }

  /** FOUND or NOT_FOUND; any other answer ends the plan, saying why. */
  private boolean exists(PubSubAdmin.Lookup found, String name) {
    return switch (found.outcome()) {
      case FOUND -> true;
      case NOT_FOUND -> false;
      default -> throw new PubSubBusException("cannot look up " + name + ": " + found.reason());
    };
  }

  /**
   * Creates the plan's missing resources, topics first; returns the full names it created. One
   * that exists by now (someone was first) is not an error and is not in the list.
   *
   * @param plan a plan of this document
   * @return the full names created
   * @throws PubSubBusException when Pub/Sub refuses a creation or does not answer
   */
  public List<String> apply(ResourcePlan plan) {
    List<String> created = new ArrayList<>();
    for (ResourcePlan.Step s : plan.toCreate()) {
      PubSubAdmin.Lookup answer = s.kind() == ResourcePlan.Kind.TOPIC
          ? admin.createTopic(s.name())
          : admin.createSubscription(s.name(), s.topic().orElseThrow(), withFullDeadLetter(plan));
      switch (answer.outcome()) {
        case FOUND -> created.add(s.name());
        case ALREADY_EXISTS -> { }
        default -> throw new PubSubBusException("cannot create " + s.kind().noun() + " " + s.name() + ": "
            + answer.reason());
      }
    }
    return List.copyOf(created);
  }

  private static SubscriptionOptions withFullDeadLetter(ResourcePlan plan) {
    SubscriptionOptions o = plan.subscriptionOptions();
    return new SubscriptionOptions(o.ackDeadlineSeconds(), o.messageRetention(), plan.deadLetterTopic(),
        o.maxDeliveryAttempts());
  }

  /**
   * One writer's subscription: its full name (empty when it does not resolve), the topic it reads
   * when found, and whether that is right (OK), wrong or missing (FAIL) or could not be asked (SKIP).
   * Pub/Sub's admin API does not tell a subscription's backlog, so no lag is given.
   */
  public record WriterSubscription(String writer, Optional<String> subscription, Optional<String> reads,
      CheckStatus status, String detail) {
    /**
     * @param writer the writer's name
     * @param subscription the subscription's full name, when it resolves
     * @param reads the topic it reads, when found
     * @param status OK, FAIL or SKIP
     * @param detail what was found, in words
     */
    public WriterSubscription {
      Objects.requireNonNull(writer, "writer");
      Objects.requireNonNull(subscription, "subscription");
      Objects.requireNonNull(reads, "reads");
      Objects.requireNonNull(status, "status");
      Objects.requireNonNull(detail, "detail");
    }
  }

  /**
   * Each named writer of a known type that reads a subscription, in document order.
   *
   * @param document a valid Pub/Sub document
   * @param options the result topic and default project (subscription options are not used)
   * @return one answer per such writer
   */
  public List<WriterSubscription> writers(PersistenceDocument document, ProvisionOptions options) {
    Optional<String> project = PubSubDocuments.project(document).or(options::defaultProject);
    List<WriterSubscription> out = new ArrayList<>();
    Optional<String> down = Optional.empty();
    for (WriterSpec w : document.writers()) {
      Optional<WriterType> type = w.busSubscriberType().flatMap(registry::find);
      Optional<Setting> field = type.flatMap(WriterType::subscribesTo);
      if (w.name().isEmpty() || field.isEmpty()) {
        continue;
      }
      String writer = w.name().get();
      Optional<String> full = field.get().givenIn(document)
          .flatMap(v -> PubSubChecks.resolve(v, ResourceKind.SUBSCRIPTION, project));
      if (full.isEmpty()) {
        out.add(new WriterSubscription(writer, Optional.empty(), Optional.empty(), CheckStatus.SKIP,
            field.get().jsonName() + " does not resolve to a subscription name (no project known?)"));
        continue;
      }
      if (down.isPresent()) {
        out.add(new WriterSubscription(writer, full, Optional.empty(), CheckStatus.SKIP, down.get()));
        continue;
      }
      PubSubAdmin.Lookup found = admin.subscription(full.get());
      Optional<Attachment> expected = attachment(document, field.get(), options, project);
      out.add(switch (found.outcome()) {
        case FOUND -> attached(writer, full.get(), found.topic().orElse(""), expected);
        case NOT_FOUND -> new WriterSubscription(writer, full, Optional.empty(), CheckStatus.FAIL,
            "subscription does not exist (" + field.get().jsonName() + "; bpctl provision creates it)");
        default -> new WriterSubscription(writer, full, Optional.empty(), CheckStatus.FAIL, found.reason());
      });
      if (found.outcome() == PubSubAdmin.Outcome.UNREACHABLE) {
        down = Optional.of("not checked: " + admin.describe() + " did not answer");
      }
    }
    return out;
  }

  private static WriterSubscription attached(String writer, String subscription, String reads,
      Optional<Attachment> expected) {
    Optional<String> read = Optional.of(reads);
    if (reads.equals(PubSubChecks.DELETED_TOPIC)) {
      return new WriterSubscription(writer, Optional.of(subscription), read, CheckStatus.FAIL,
          "subscription exists, but the topic it read was deleted");
    }
    if (expected.isPresent() && !expected.get().topic().equals(reads)) {
      return new WriterSubscription(writer, Optional.of(subscription), read, CheckStatus.FAIL,
          "subscription reads " + reads + ", not " + expected.get().topic() + " (" + expected.get().from() + ")");
    }
    return new WriterSubscription(writer, Optional.of(subscription), read, CheckStatus.OK,
        "subscription exists and reads " + reads + (expected.isPresent() ? "" : " (the document names no topic to compare)"));
  }

  @Override
  public void close() {
    admin.close();
  }
}
