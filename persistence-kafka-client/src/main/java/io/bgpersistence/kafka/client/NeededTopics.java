package io.bgpersistence.kafka.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The topics a document's writers need, from the registry rows: each writer's subscription and
 * publish topic, once per topic name, in the order the writers first name them. A writer that
 * needs a field the document leaves empty gives an {@link Unset}, so preflight can say so.
 */
final class NeededTopics {
  /** A topic and who uses it: "read by online-writer; written by offline-writer". */
  record Topic(String name, List<String> readers, List<String> publishers) {
    String users() {
      List<String> parts = new ArrayList<>();
      if (!readers.isEmpty()) {
        parts.add("read by " + String.join(", ", readers));
      }
      if (!publishers.isEmpty()) {
        parts.add("written by " + String.join(", ", publishers));
      }
      return String.join("; ", parts);
    }
  }

  /** A field a writer needs that the document does not set. */
  record Unset(Setting setting, String writer) {}

  private final Map<String, Topic> topics = new LinkedHashMap<>();
  private final List<Unset> unset = new ArrayList<>();

  private NeededTopics() {}

  static NeededTopics of(PersistenceDocument document, WriterTypeRegistry registry) {
    NeededTopics out = new NeededTopics();
    for (WriterSpec w : document.writers()) {
      Optional<WriterType> type = w.busSubscriberType().flatMap(registry::find);
      if (type.isEmpty() || w.name().isEmpty()) {
        continue;  // an invalid writer: validation's to report, not preflight's
      }
      String writer = w.name().get();
      type.get().subscribesTo().ifPresent(s -> out.add(document, s, writer, true));
      type.get().publishesTo().ifPresent(s -> out.add(document, s, writer, false));
    }
    return out;
  }

  private void add(PersistenceDocument document, Setting setting, String writer, boolean reads) {
    Optional<String> name = setting.givenIn(document);
    if (name.isEmpty()) {
      unset.add(new Unset(setting, writer));
      return;
    }
    Topic t = topics.computeIfAbsent(name.get(), n -> new Topic(n, new ArrayList<>(), new ArrayList<>()));
    List<String> users = reads ? t.readers() : t.publishers();
    if (!users.contains(writer)) {
      users.add(writer);
    }
  }

  List<Topic> topics() {
    return topics.values().stream()
        .map(t -> new Topic(t.name(), List.copyOf(t.readers()), List.copyOf(t.publishers())))
        .toList();
  }

  List<Unset> unset() {
    return List.copyOf(unset);
  }
}
