package io.bgpersistence.render;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;

/**
 * A valid document resolved once for rendering (after Strimzi's {@code fromCrd}): names, labels,
 * the shared ConfigMap data (the core's settings, then each applicable extension's) and every
 * writer. Driven by the {@link Setting} table and the registry rows; no writer type or backend is
 * named here.
 */
record ResolvedFleet(
    String namespace,
    String serviceAccountName,
    Map<String, String> serviceAccountAnnotations,
    Map<String, String> sharedConfig,
    List<ResolvedWriter> writers,
    RenderOptions options) {
  /** The writer's own name, always set. */
  static final String WRITER_NAME = "WRITER_NAME";
  /** The writer's type, always set. */
  static final String BUS_SUBSCRIBER_TYPE = "BUS_SUBSCRIBER_TYPE";

  ResolvedFleet {
    serviceAccountAnnotations = unmodifiable(serviceAccountAnnotations);
    sharedConfig = unmodifiable(sharedConfig);
    writers = List.copyOf(writers);
  }

  /**
   * Resolves a document that validation accepted. A value validation guarantees and that is still
   * missing is a bug in the caller (rendering an unvalidated document), reported as such.
   */
  static ResolvedFleet from(PersistenceDocument doc, WriterTypeRegistry registry,
      List<RenderExtension> extensions, RenderOptions options) {
    List<RenderExtension> applicable = extensions.stream().filter(e -> e.appliesTo(doc)).toList();
    Map<String, String> shared = sharedConfig(doc, registry, applicable);
    Map<String, String> saAnnotations = new LinkedHashMap<>();
    for (RenderExtension e : applicable) {
      putAll(saAnnotations, e.serviceAccountAnnotations(doc, options), e.id(), "ServiceAccount annotation");
    }
    List<ResolvedWriter> writers = new ArrayList<>();
    for (WriterSpec w : doc.writers()) {
      writers.add(writer(doc, w, registry, applicable, shared, options));
    }
    return new ResolvedFleet(
        required(doc, Setting.NAMESPACE),
        required(doc, Setting.SERVICE_ACCOUNT_NAME),
        saAnnotations, shared, writers, options);
  }

  /**
   * The settings every writer reads through the ConfigMap: those no writer type reads as its own,
   * that are not images and that belong to no backend (a backend's extension adds its own).
   */
  private static Map<String, String> sharedConfig(PersistenceDocument doc, WriterTypeRegistry registry,
      List<RenderExtension> extensions) {
    Set<Setting> perWriter = new HashSet<>();
    registry.all().forEach(t -> perWriter.addAll(t.settingsRead()));
    Map<String, String> out = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      if (s.role() != Setting.Role.IMAGE && s.backend().isEmpty() && !perWriter.contains(s)) {
        s.valueIn(doc).ifPresent(v -> out.put(s.envName(), v));
      }
    }
    for (RenderExtension e : extensions) {
      putAll(out, e.sharedSettings(doc), e.id(), "shared setting");
    }
    return out;
  }

  private static ResolvedWriter writer(PersistenceDocument doc, WriterSpec w, WriterTypeRegistry registry,
      List<RenderExtension> extensions, Map<String, String> shared, RenderOptions options) {
    String name = w.name().orElseThrow(() -> unvalidated("a writer without a name"));
    String typeName = w.busSubscriberType().orElseThrow(() -> unvalidated("writer " + name + " without a type"));
    WriterType type = registry.find(typeName)
        .orElseThrow(() -> unvalidated("writer " + name + " of unknown type " + typeName));

    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar(WRITER_NAME, name, null));
    env.add(new EnvVar(BUS_SUBSCRIBER_TYPE, type.name(), null));
    for (Setting s : type.settingsRead()) {
      if (s.backend().isEmpty()) {
        s.valueIn(doc).ifPresent(v -> env.add(new EnvVar(s.envName(), v, null)));
      }
    }
    for (RenderExtension e : extensions) {
      for (EnvVar v : e.writerEnvironment(doc, w, type)) {
        if (env.stream().anyMatch(x -> x.getName().equals(v.getName()))) {
          throw new RenderFault("render extension " + e.id() + " sets " + v.getName()
              + " on writer " + name + ", which is already set");
        }
        env.add(v);
      }
    }
    return new ResolvedWriter(
        name,
        new Labels(name, type.componentName(), w.version(), options.extraLabels()),
        required(doc, type.image().imageSetting()),
        w.defaultReplicaCount().orElse(1),
        w.request(),
        w.limit(),
        env,
        Checksums.of(shared, env));
  }

  /** Fleet labels; {@code component} names the object's role, there being no writer type. */
  Labels fleetLabels(String component) {
    return new Labels(Labels.FLEET, component, Optional.empty(), options.extraLabels());
  }

  /** Adds an extension's entries sorted by key: {@code Map.of}'s order changes from run to run. */
  private static void putAll(Map<String, String> into, Map<String, String> add, String extension, String what) {
    new TreeMap<>(add).forEach((k, v) -> {
      if (into.putIfAbsent(k, v) != null) {
        throw new RenderFault("render extension " + extension + " sets " + what + " " + k
            + ", which is already set");
      }
    });
  }

  private static String required(PersistenceDocument doc, Setting s) {
    return s.valueIn(doc).orElseThrow(() -> unvalidated(s.jsonName() + " missing"));
  }

  private static RenderFault unvalidated(String what) {
    return new RenderFault("cannot render an invalid document (" + what + "); validate it first");
  }

  private static Map<String, String> unmodifiable(Map<String, String> m) {
    return java.util.Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }
}
