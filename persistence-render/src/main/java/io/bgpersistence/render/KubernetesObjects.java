package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/**
 * A resolved fleet becomes its objects, in the contract's order: Namespace (when asked),
 * ServiceAccount, ConfigMap, the extensions' fleet objects, then per writer its Deployment, its
 * PodDisruptionBudget and the extensions' objects for it (its autoscaler).
 */
final class KubernetesObjects {
  private KubernetesObjects() {}

  static List<HasMetadata> of(ResolvedFleet fleet) {
    List<HasMetadata> out = new ArrayList<>();
    if (fleet.options().includeNamespace()) {
      out.add(FleetObjects.namespace(fleet));
    }
    out.add(FleetObjects.serviceAccount(fleet));
    out.add(FleetObjects.configMap(fleet));
    out.addAll(fleet.extraObjects());
    for (ResolvedWriter w : fleet.writers()) {
      out.add(WriterObjects.deployment(fleet, w));
      w.budget().ifPresent(b -> out.add(WriterObjects.disruptionBudget(fleet, w, b)));
      out.addAll(w.extraObjects());
    }
    return out;
  }
}
