package io.bgpersistence.pubsub.internal;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** What this backend reads from a document, from the {@link Setting} table and the registry rows. */
public final class PubSubDocuments {
  private PubSubDocuments() {}

  /**
   * Whether the document's {@code bus_backend} is {@code PUBSUB}; every part of this module asks first.
   *
   * @param document the document to check
   * @return whether the document's {@code bus_backend} is {@code PUBSUB}; every part of this module asks first
   */
  public static boolean isPubSub(PersistenceDocument document) {
    return BusBackend.PUBSUB.isUsedBy(document);
  }

  /** {@return the settings that name a topic or subscription under Pub/Sub (Kafka's own, such as the DLQ, excluded)} */
  public static List<Setting> resourceSettings() {
    return Arrays.stream(Setting.values())
        .filter(s -> ResourceKind.of(s.role()).isPresent())
        .filter(s -> s.backend().isEmpty() || s.backend().get() == BusBackend.PUBSUB)
        .toList();
  }

  /**
   * The kind of Pub/Sub resource a setting names.
   *
   * @param setting one of {@link #resourceSettings()}
   * @return a topic or a subscription
   * @throws IllegalArgumentException for a setting that names no Pub/Sub resource
   */
  public static ResourceKind kindOf(Setting setting) {
    return ResourceKind.of(setting.role())
        .orElseThrow(() -> new IllegalArgumentException(setting.jsonName() + " names no Pub/Sub resource"));
  }

  /**
   * The document's writer types that the registry knows, in document order, each once.
   *
   * @param document the document whose writers are read
   * @param registry the writer types known; a type it does not know is left out
   * @return the document's writer types that the registry knows, in document order, each once
   */
  public static List<WriterType> writerTypes(PersistenceDocument document, WriterTypeRegistry registry) {
    Set<WriterType> out = new LinkedHashSet<>();
    for (WriterSpec w : document.writers()) {
      w.busSubscriberType().flatMap(registry::find).ifPresent(out::add);
    }
    return List.copyOf(out);
  }

  /**
   * The topic and subscription settings the document's writers read (the registry says which), in
   * {@link Setting} order: what must exist before the writers start.
   *
   * @param document the document whose writers are read
   * @param registry says which settings each writer type reads; a type it does not know adds none
   * @return the topic and subscription settings the document's writers read (the registry says which), in {@link Setting} order: what must exist before the writers start
   */
  public static List<Setting> neededResources(PersistenceDocument document, WriterTypeRegistry registry) {
    Set<Setting> read = new LinkedHashSet<>();
    writerTypes(document, registry).forEach(t -> read.addAll(t.settingsRead()));
    List<Setting> out = new ArrayList<>();
    for (Setting s : resourceSettings()) {
      if (read.contains(s)) {
        out.add(s);
      }
    }
    return out;
  }

  /**
   * The project of the document's short ids: {@code google_cloud_project}, else the first full name's.
   *
   * @param document the document to read
   * @return the project of the document's short ids: {@code google_cloud_project}, else the first full name's
   */
  public static Optional<String> project(PersistenceDocument document) {
    return Setting.GOOGLE_CLOUD_PROJECT.givenIn(document)
        .or(() -> resourceSettings().stream()
            .flatMap(s -> s.givenIn(document).flatMap(PubSubDocuments::projectOf).stream())
            .findFirst());
  }

  /**
   * The value's project when it is a full resource name.
   *
   * @param value a topic or subscription setting's value; a short id has no project
   * @return the value's project when it is a full resource name
   */
  public static Optional<String> projectOf(String value) {
    return ResourceNames.parse(value).flatMap(ResourceName::project);
  }
}
