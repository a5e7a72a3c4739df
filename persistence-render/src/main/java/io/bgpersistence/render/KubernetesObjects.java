package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * A resolved fleet becomes its objects, in the contract's order: Namespace (when asked),
 * ServiceAccount, ConfigMap, the extensions' fleet objects, then per writer its Deployment, its
 * PodDisruptionBudget and the extensions' objects for it (its autoscaler).
 */
final class KubernetesObjects {
  private KubernetesObjects() {}

  /**
   * How to make each object, in order. Objects are made when they are written, one at a time, so
   * that a fleet of thousands of writers is never held as objects all at once; the extensions'
   * objects, made while resolving, are handed out as they are.
   */
  static List<Supplier<HasMetadata>> makers(ResolvedFleet fleet) {
    List<Supplier<HasMetadata>> out = fleetMakers(fleet);
    for (ResolvedWriter w : fleet.writers()) {
      out.addAll(writerMakers(fleet.frame(), w));
    }
    return out;
  }

  /** The fleet's own objects, before any writer's. */
  static List<Supplier<HasMetadata>> fleetMakers(ResolvedFleet fleet) {
    List<Supplier<HasMetadata>> out = new ArrayList<>();
    if (fleet.options().includeNamespace()) {
      out.add(() -> FleetObjects.namespace(fleet));
    }
    out.add(() -> FleetObjects.serviceAccount(fleet));
    out.add(() -> FleetObjects.configMap(fleet));
    fleet.extraObjects().forEach(o -> out.add(() -> o));
    return out;
  }

  /** One writer's objects: they read nothing of the fleet but its frame. */
  static List<Supplier<HasMetadata>> writerMakers(FleetFrame frame, ResolvedWriter w) {
    List<Supplier<HasMetadata>> out = new ArrayList<>();
    out.add(() -> WriterObjects.deployment(frame, w));
    w.budget().ifPresent(b -> out.add(() -> WriterObjects.disruptionBudget(frame, w, b)));
    w.extraObjects().forEach(o -> out.add(() -> o));
    return out;
  }
}
