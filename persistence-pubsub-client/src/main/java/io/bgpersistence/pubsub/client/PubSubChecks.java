package io.bgpersistence.pubsub.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.pubsub.internal.ResourceKind;
import io.bgpersistence.pubsub.internal.ResourceNames;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The Pub/Sub preflight logic: every topic and subscription the writers need exists, and each
 * subscription reads the topic it should ({@link AttachedTopics}). One line per resource, in
 * {@link Setting} order; a resource two fields name is looked up once. Once the service stops
 * answering, the remaining resources are SKIP rather than one timeout each.
 */
final class PubSubChecks {
  /** Pub/Sub's name for the topic of a subscription whose topic was deleted. */
  static final String DELETED_TOPIC = "_deleted-topic_";

  private final PersistenceDocument document;
  private final WriterTypeRegistry registry;
  private final PubSubAdmin admin;
  private final Optional<String> defaultProject;

  /** {@code defaultProject}: where short ids live when the document names no project. */
  PubSubChecks(PersistenceDocument document, WriterTypeRegistry registry, PubSubAdmin admin,
      Optional<String> defaultProject) {
    this.document = document;
    this.registry = registry;
    this.admin = admin;
    this.defaultProject = defaultProject;
  }

  /** One resource to check: its kind, the fields that name it, and its full name when it resolves. */
  private record Target(ResourceKind kind, List<Setting> fields, String value, Optional<String> fullName) {
    String checkName() {
      return PubSubPreflight.ID + "." + kind.noun() + "[" + fullName.orElse(value) + "]";
    }

    String fieldNames() {
      return fields.stream().map(Setting::jsonName).collect(Collectors.joining(", "));
    }
  }

  List<CheckResult> run() {
    List<Target> targets = targets();
    Map<String, PubSubAdmin.Lookup> answers = lookUp(targets);
    List<CheckResult> out = new ArrayList<>();
    for (Target t : targets) {
      out.add(line(t, targets, answers));
    }
    return out;
  }

  private List<Target> targets() {
    Optional<String> project = project();
    Map<String, Target> byName = new LinkedHashMap<>();
    for (Setting s : PubSubDocuments.neededResources(document, registry)) {
      Optional<String> value = s.givenIn(document);
      if (value.isEmpty()) {
        continue; // validation reports a writer's missing field; there is nothing to look up
      }
      ResourceKind kind = PubSubDocuments.kindOf(s);
      Optional<String> fullName = resolve(value.get(), kind, project);
      String key = kind + fullName.orElse(value.get());
      Target known = byName.get(key);
      if (known == null) {
        byName.put(key, new Target(kind, new ArrayList<>(List.of(s)), value.get(), fullName));
      } else {
        known.fields().add(s);
      }
    }
    return List.copyOf(byName.values());
  }

  /** The project of short ids: the document's, else the default. */
  private Optional<String> project() {
    return PubSubDocuments.project(document).or(() -> defaultProject);
  }

  static Optional<String> resolve(String value, ResourceKind kind, Optional<String> project) {
    return ResourceNames.parse(value)
        .filter(n -> ResourceNames.check(value, kind).isEmpty())
        .flatMap(n -> n.fullName(kind, project));
  }

  private Map<String, PubSubAdmin.Lookup> lookUp(List<Target> targets) {
    Map<String, PubSubAdmin.Lookup> answers = new LinkedHashMap<>();
    Optional<PubSubAdmin.Lookup> down = Optional.empty();
    for (Target t : targets) {
      if (t.fullName().isEmpty()) {
        continue;
      }
      if (down.isPresent()) {
        answers.put(t.checkName(), down.get());
        continue;
      }
      String name = t.fullName().get();
      PubSubAdmin.Lookup answer = t.kind() == ResourceKind.TOPIC ? admin.topic(name) : admin.subscription(name);
      answers.put(t.checkName(), answer);
      if (answer.outcome() == PubSubAdmin.Outcome.UNREACHABLE) {
        down = Optional.of(PubSubAdmin.Lookup.failed(PubSubAdmin.Outcome.NOT_ASKED,
            "not checked: " + admin.describe() + " did not answer"));
      }
    }
    return answers;
  }

  private CheckResult line(Target t, List<Target> all, Map<String, PubSubAdmin.Lookup> answers) {
    String name = t.checkName();
    if (t.fullName().isEmpty()) {
      return CheckResult.skip(name, "cannot look it up: \"" + t.value() + "\" (" + t.fieldNames()
          + ") is not a valid " + t.kind().noun() + " name, or it is a short id and no project is known "
          + "(set " + Setting.GOOGLE_CLOUD_PROJECT.jsonName() + ")");
    }
    PubSubAdmin.Lookup answer = answers.get(name);
    return switch (answer.outcome()) {
      case NOT_FOUND -> CheckResult.fail(name, "does not exist (" + t.fieldNames() + ")");
      case UNREACHABLE -> CheckResult.fail(name, answer.reason());
      case NOT_ASKED -> CheckResult.skip(name, answer.reason());
      case FAILED, ALREADY_EXISTS -> CheckResult.fail(name, answer.reason() + " (" + t.fieldNames() + ")");
      case FOUND -> t.kind() == ResourceKind.TOPIC
          ? CheckResult.ok(name, "exists (" + t.fieldNames() + ")")
          : attachment(t, answer.topic().orElse(""), all, answers);
    };
  }

  /** A found subscription: does it read the topic it should? */
  private CheckResult attachment(Target t, String reads, List<Target> all,
      Map<String, PubSubAdmin.Lookup> answers) {
    String name = t.checkName();
    if (reads.equals(DELETED_TOPIC)) {
      return CheckResult.fail(name, "exists, but the topic it read was deleted (" + t.fieldNames() + ")");
    }
    Setting field = t.fields().get(0);
    Optional<Setting> topicField = AttachedTopics.pairedTopic(field)
        .filter(f -> f.givenIn(document).isPresent());
    if (topicField.isPresent()) {
      Optional<String> expected = topicField.get().givenIn(document)
          .flatMap(v -> resolve(v, ResourceKind.TOPIC, project()));
      if (expected.isPresent() && !expected.get().equals(reads)) {
        return CheckResult.fail(name, "reads " + reads + ", but " + topicField.get().jsonName() + " is "
            + expected.get() + " (" + t.fieldNames() + ")");
      }
      return CheckResult.ok(name, "exists and reads " + reads + " (" + t.fieldNames() + ")");
    }
    Optional<Set<Setting>> group = AttachedTopics.sharedTopicGroup(field);
    if (group.isPresent()) {
      Optional<String> shared = sharedTopic(group.get(), all, answers);
      if (shared.isPresent() && !shared.get().equals(reads)) {
        return CheckResult.fail(name, "reads " + reads + ", but the other subscriptions of its bus ("
            + others(group.get(), field) + ") read " + shared.get() + ": all must read the same topic ("
            + t.fieldNames() + ")");
      }
    }
    return CheckResult.ok(name, "exists and reads " + reads + " (" + t.fieldNames() + ")");
  }

  /**
   * The topic most of a group's found subscriptions read (the first such in field order on a tie):
   * the odd one out is the wrongly attached one.
   */
  private static Optional<String> sharedTopic(Set<Setting> group, List<Target> all,
      Map<String, PubSubAdmin.Lookup> answers) {
    Map<String, Long> counts = all.stream()
        .filter(t -> t.fields().stream().anyMatch(group::contains))
        .map(t -> answers.get(t.checkName()))
        .filter(a -> a != null && a.outcome() == PubSubAdmin.Outcome.FOUND && a.topic().isPresent())
        .map(a -> a.topic().get())
        .collect(Collectors.groupingBy(Function.identity(), LinkedHashMap::new, Collectors.counting()));
    long best = counts.values().stream().max(Comparator.naturalOrder()).orElse(0L);
    return counts.entrySet().stream().filter(e -> e.getValue() == best).map(Map.Entry::getKey).findFirst();
  }

  private String others(Set<Setting> group, Setting field) {
    return PubSubDocuments.resourceSettings().stream()
        .filter(s -> group.contains(s) && s != field && s.givenIn(document).isPresent())
        .map(Setting::jsonName)
        .collect(Collectors.joining(", "));
  }
}
