package io.bgpersistence.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of one rendered object (CONTRACT.md): full labels for metadata, and a stable selector
 * subset. The selector never holds the version or the component: a Deployment's selector cannot
 * change after creation, while a writer's version and type can.
 */
public record Labels(String name, String component, Optional<String> version, Map<String, String> extra) {
  public static final String NAME = "app.kubernetes.io/name";
  public static final String COMPONENT = "app.kubernetes.io/component";
  public static final String PART_OF = "app.kubernetes.io/part-of";
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  public static final String VERSION = "app.kubernetes.io/version";
  /** The value of {@code part-of} and the {@code name} of the fleet-wide objects. */
  public static final String FLEET = "background-persistence";
  /** The value of {@code managed-by}; {@code bpctl apply --prune} selects by it. */
  public static final String MANAGER = "bpctl";
  /**
   * The pod-template annotation holding the checksum of the settings the pod reads; a changed
   * setting changes it and so rolls the pods. {@code bpctl status} compares it with the cluster's.
   */
  public static final String SETTINGS_CHECKSUM = "bgpersistence.io/settings-checksum";

  public Labels {
    extra = Map.copyOf(extra);
  }

  /** Every label: the user's extra labels first (sorted), then ours, which win on a clash. */
  public Map<String, String> toMap() {
    Map<String, String> out = new LinkedHashMap<>();
    extra.keySet().stream().sorted().forEach(k -> out.put(k, extra.get(k)));
    out.put(NAME, name);
    out.put(COMPONENT, component);
    out.put(PART_OF, FLEET);
    out.put(MANAGED_BY, MANAGER);
    version.ifPresent(v -> out.put(VERSION, v));
    return out;
  }

  /** The subset that selects this writer's pods and never changes for it. */
  public Map<String, String> selector() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(NAME, name);
    out.put(PART_OF, FLEET);
    return out;
  }
}
