package io.bgpersistence.render;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.IntOrPercent;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterEnvironment;
import io.bgpersistence.model.WriterSetting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.BiConsumer;

/**
 * A valid document resolved once for rendering (after Strimzi's {@code fromCrd}): names, labels,
 * the shared ConfigMap data (the core's settings, then each applicable extension's) and every
 * writer. Driven by the {@link Setting} table and the registry rows; no writer type or backend is
 * named here.
 */
record ResolvedFleet(
    FleetFrame frame,
    Map<String, String> serviceAccountAnnotations,
    Map<String, String> sharedConfig,
    List<ResolvedWriter> writers,
    List<HasMetadata> extraObjects) {
  /** GKE's label of a node pool. */
  static final String GKE_NODEPOOL = "cloud.google.com/gke-nodepool";
  /** GKE's label (and taint) of spot nodes. */
  static final String GKE_SPOT = "cloud.google.com/gke-spot";
  /** Kubernetes' well-known label of a node's instance type. */
  static final String INSTANCE_TYPE = "node.kubernetes.io/instance-type";
  /** Kinds that own a writer's replicas when an extension adds one for it. */
  private static final Set<String> SCALERS = Set.of("ScaledObject", "HorizontalPodAutoscaler");

  ResolvedFleet {
    serviceAccountAnnotations = unmodifiable(serviceAccountAnnotations);
    sharedConfig = unmodifiable(sharedConfig);
    writers = List.copyOf(writers);
    extraObjects = List.copyOf(extraObjects);
  }

  /**
   * Resolves a document that validation accepted. A value validation guarantees and that is still
   * missing is a bug in the caller (rendering an unvalidated document), reported as such. What the
   * extensions add goes through {@code output}, which checks it and keeps their faults. Each writer
   * is handed to {@code eachResolved} as soon as it is resolved, with the fleet's frame.
   */
  static ResolvedFleet from(PersistenceDocument doc, WriterTypeRegistry registry,
      List<RenderExtension> extensions, RenderOptions options, ExtensionOutput output,
      BiConsumer<FleetFrame, ResolvedWriter> eachResolved) {
    List<RenderExtension> applicable = extensions.stream().filter(e -> output.appliesTo(e, doc)).toList();
    Map<String, String> shared = sharedConfig(doc, registry, applicable, output);
    Map<String, String> saAnnotations = new LinkedHashMap<>();
    for (RenderExtension e : applicable) {
      output.putAnnotations(e, () -> e.serviceAccountAnnotations(doc, options), saAnnotations);
    }
    String namespace = required(doc, Setting.NAMESPACE);
    FleetFrame frame = new FleetFrame(namespace, required(doc, Setting.SERVICE_ACCOUNT_NAME), options);
    List<ResolvedWriter> writers = new ArrayList<>();
    Checksums checksums = Checksums.importing(shared);
    for (WriterSpec w : doc.writers()) {
      ResolvedWriter resolved = writer(doc, w, namespace, registry, applicable, checksums, options, output);
      writers.add(resolved);
      eachResolved.accept(frame, resolved);
    }
    List<HasMetadata> fleetObjects = new ArrayList<>();
    if (!doc.isSuspended()) {
      Labels fleetLabels = new Labels(Labels.FLEET, "autoscaling", Optional.empty(), options.extraLabels());
      for (RenderExtension e : applicable) {
        output.addObjects(e, () -> e.fleetObjects(doc, meta(Labels.FLEET, namespace, fleetLabels)), fleetObjects);
      }
    }
    return new ResolvedFleet(frame, saAnnotations, shared, writers, fleetObjects);
  }

  String namespace() {
    return frame.namespace();
  }

  String serviceAccountName() {
    return frame.serviceAccountName();
  }

  RenderOptions options() {
    return frame.options();
  }

  private static ObjectMeta meta(String name, String namespace, Labels labels) {
    return FleetObjects.meta(name, namespace, labels, null);
  }

  /**
   * The settings every writer reads through the ConfigMap: those no writer type reads as its own,
   * that are not images and that belong to no backend (a backend's extension adds its own).
   */
  private static Map<String, String> sharedConfig(PersistenceDocument doc, WriterTypeRegistry registry,
      List<RenderExtension> extensions, ExtensionOutput output) {
    Set<Setting> perWriter = new HashSet<>();
    registry.all().forEach(t -> perWriter.addAll(t.settingsRead()));
    Map<String, String> out = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      if (s.isReadByWriters() && s.role() != Setting.Role.IMAGE && s.backend().isEmpty() && !perWriter.contains(s)) {
        s.valueIn(doc).ifPresent(v -> out.put(s.envName(), v));
      }
    }
    for (RenderExtension e : extensions) {
      output.putSettings(e, () -> e.sharedSettings(doc), out);
    }
    return out;
  }

  private static ResolvedWriter writer(PersistenceDocument doc, WriterSpec w, String namespace,
      WriterTypeRegistry registry, List<RenderExtension> extensions, Checksums checksums,
      RenderOptions options, ExtensionOutput output) {
    String name = w.name().orElseThrow(() -> unvalidated("a writer without a name"));
    String typeName = w.busSubscriberType().orElseThrow(() -> unvalidated("writer " + name + " without a type"));
    // A type the registry does not know renders as a row that knows nothing (validation let it
    // through only with image_override).
    WriterType type = registry.resolve(typeName);

    List<EnvVar> env = new ArrayList<>();
    env.add(new EnvVar(WriterEnvironment.WRITER_NAME, name, null));
    env.add(new EnvVar(WriterEnvironment.BUS_SUBSCRIBER_TYPE, type.name(), null));
    for (Setting s : type.settingsRead()) {
      if (s.backend().isEmpty()) {
        s.valueIn(doc).ifPresent(v -> env.add(new EnvVar(s.envName(), v, null)));
      }
    }
    Optional<BusBackend> backend = BusBackend.of(doc);
    for (WriterSetting s : WriterSetting.values()) {
      if (s.backend().isEmpty() || s.backend().equals(backend)) {
        s.valueIn(w).ifPresent(v -> env.add(new EnvVar(s.envName(), v, null)));
      }
    }
    for (RenderExtension e : extensions) {
      output.addEnvironment(e, () -> e.writerEnvironment(doc, w, type), env, name);
    }
    // The writer's own extra variables come last, sorted: Map.of's order changes from run to run.
    w.additionalEnvVars().ifPresent(extra -> new TreeMap<>(extra).forEach((k, v) ->
        addOnce(env, new EnvVar(k, v, null), "additional_env_vars", name)));

    Labels labels = new Labels(name, type.componentName(), w.version().filter(v -> !v.isBlank()),
        options.extraLabels());
    List<HasMetadata> extra = new ArrayList<>();
    if (!doc.isSuspended()) {
      for (RenderExtension e : extensions) {
        output.addObjects(e, () -> e.writerObjects(doc, w, meta(name, namespace, labels)), extra);
      }
    }
    boolean scaled = extra.stream().anyMatch(o -> SCALERS.contains(o.getKind()));
    int replicas = doc.isSuspended() ? 0 : w.replicas();
    return new ResolvedWriter(
        name,
        labels,
        image(doc, w, type),
        scaled ? Optional.empty() : Optional.of(replicas),
        w.requestOrDefault(),
        w.limitOrDefault(),
        nodeSelector(w, options),
        tolerations(w, options),
        env,
        budget(w, replicas, scaled, doc.isSuspended()),
        checksums.of(env),
        extra);
  }

  private static String image(PersistenceDocument doc, WriterSpec w, WriterType type) {
    Optional<String> override = w.imageOverride().filter(v -> !v.isBlank());
    if (override.isPresent()) {
      return override.get();
    }
    Setting family = type.image().map(ImageFamily::imageSetting)
        .orElseThrow(() -> unvalidated("writer of type " + type.name() + " without image_override"));
    return required(doc, family);
  }

  /** The render options' node labels, then the writer's own, its node pool, instance type and spot. */
  private static Map<String, String> nodeSelector(WriterSpec w, RenderOptions options) {
    Map<String, String> out = new TreeMap<>(options.nodeSelector());
    w.nodeSelector().ifPresent(out::putAll);
    w.nodepool().filter(v -> !v.isBlank()).ifPresent(v -> out.put(GKE_NODEPOOL, v));
    w.instanceType().filter(v -> !v.isBlank()).ifPresent(v -> out.put(INSTANCE_TYPE, v));
    if (w.gkeSpot().orElse(false)) {
      out.put(GKE_SPOT, "true");
    }
    return out;
  }

  /** GKE taints spot nodes {@code cloud.google.com/gke-spot=true:NoSchedule}: a spot writer tolerates it. */
  private static List<PodToleration> tolerations(WriterSpec w, RenderOptions options) {
    List<PodToleration> out = new ArrayList<>(options.tolerations());
    if (w.gkeSpot().orElse(false)) {
      out.add(PodToleration.equal(GKE_SPOT, "true", "NoSchedule"));
    }
    return out;
  }

  /**
   * The writer's PodDisruptionBudget: what the document states, or, when it states neither field,
   * at most one pod down at a time for a writer of 2 or more pods (an autoscaled one included).
   * A suspended fleet has no pods to protect.
   */
  private static Optional<ResolvedWriter.Budget> budget(WriterSpec w, int replicas, boolean scaled, boolean suspended) {
    if (suspended) {
      return Optional.empty();
    }
    if (w.pdbMinAvailable().isPresent() || w.pdbMaxUnavailable().isPresent()) {
      return Optional.of(new ResolvedWriter.Budget(w.pdbMinAvailable(), w.pdbMaxUnavailable()));
    }
    int most = scaled ? w.hpaSpecs().map(h -> h.maxReplicas()).orElse(replicas) : replicas;
    return most >= WriterObjects.PDB_MIN_REPLICAS
        ? Optional.of(new ResolvedWriter.Budget(Optional.empty(), Optional.of(IntOrPercent.of(1))))
        : Optional.empty();
  }

  private static void addOnce(List<EnvVar> env, EnvVar v, String who, String writer) {
    if (env.stream().anyMatch(x -> x.getName().equals(v.getName()))) {
      throw new RenderFault(who + " sets " + v.getName() + " on writer " + writer
          + ", which is already set");
    }
    env.add(v);
  }

  /** Fleet labels; {@code component} names the object's role, there being no writer type. */
  Labels fleetLabels(String component) {
    return new Labels(Labels.FLEET, component, Optional.empty(), options().extraLabels());
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
