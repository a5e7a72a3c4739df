package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.ConfigMapBuilder;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.NamespaceBuilder;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.ServiceAccountBuilder;
import java.util.LinkedHashMap;
import java.util.Map;

/** The fleet-wide objects: Namespace (on request), ServiceAccount, shared ConfigMap. */
final class FleetObjects {
  /** The shared ConfigMap's name. */
  static final String CONFIG_MAP_NAME = "background-persistence-config";

  /** Pod Security admission enforces the restricted profile in a namespace we create. */
  private static final Map<String, String> POD_SECURITY = Map.of(
      "pod-security.kubernetes.io/enforce", "restricted");

  private FleetObjects() {}

  static Namespace namespace(ResolvedFleet fleet) {
    Map<String, String> labels = new LinkedHashMap<>(fleet.fleetLabels("namespace").toMap());
    labels.putAll(POD_SECURITY);
    return new NamespaceBuilder()
        .withNewMetadata()
          .withName(fleet.namespace())
          .withLabels(labels)
          .withAnnotations(sorted(fleet.options().extraAnnotations()))
        .endMetadata()
        .build();
  }

  static ServiceAccount serviceAccount(ResolvedFleet fleet) {
    Map<String, String> annotations = sorted(fleet.options().extraAnnotations());
    annotations.putAll(sorted(fleet.options().serviceAccountAnnotations()));
    annotations.putAll(fleet.serviceAccountAnnotations());
    return new ServiceAccountBuilder()
        .withMetadata(meta(fleet.frame(), fleet.serviceAccountName(), fleet.fleetLabels("service-account"), annotations))
        // Writers call no Kubernetes API: no token in any pod.
        .withAutomountServiceAccountToken(false)
        .build();
  }

  static ConfigMap configMap(ResolvedFleet fleet) {
    return new ConfigMapBuilder()
        .withMetadata(meta(fleet.frame(), CONFIG_MAP_NAME, fleet.fleetLabels("config"),
            sorted(fleet.options().extraAnnotations())))
        .withData(new LinkedHashMap<>(fleet.sharedConfig()))
        .build();
  }

  static ObjectMeta meta(FleetFrame frame, String name, Labels labels, Map<String, String> annotations) {
    return meta(name, frame.namespace(), labels, annotations.isEmpty() ? null : annotations);
  }

  /** Set, not built: an ObjectMetaBuilder copies each map twice, for every object of a fleet. */
  static ObjectMeta meta(String name, String namespace, Labels labels, Map<String, String> annotations) {
    ObjectMeta meta = new ObjectMeta();
    meta.setName(name);
    meta.setNamespace(namespace);
    meta.setLabels(labels.toMap());
    meta.setAnnotations(annotations);
    return meta;
  }

  /** A copy sorted by key, so user-supplied maps of any kind give the same bytes. */
  static Map<String, String> sorted(Map<String, String> m) {
    Map<String, String> out = new LinkedHashMap<>();
    if (m.size() < 2) {
      // Nothing to sort, the usual case: a stream here, for a few maps of every writer, would
      // cost more than the map.
      out.putAll(m);
    } else {
      m.keySet().stream().sorted().forEach(k -> out.put(k, m.get(k)));
    }
    return out;
  }
}
