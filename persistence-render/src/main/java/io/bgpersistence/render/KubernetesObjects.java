package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;

/** A resolved fleet becomes its objects, in the contract's order (docs/contract.md). */
final class KubernetesObjects {
  private KubernetesObjects() {}

  static List<HasMetadata> of(ResolvedFleet fleet) {
    List<HasMetadata> out = new ArrayList<>();
    if (fleet.options().includeNamespace()) {
      out.add(FleetObjects.namespace(fleet));
    }
    out.add(FleetObjects.serviceAccount(fleet));
    out.add(FleetObjects.configMap(fleet));
    for (ResolvedWriter w : fleet.writers()) {
      out.add(WriterObjects.deployment(fleet, w));
      if (WriterObjects.needsDisruptionBudget(w)) {
        out.add(WriterObjects.disruptionBudget(fleet, w));
      }
    }
    return out;
  }
}
