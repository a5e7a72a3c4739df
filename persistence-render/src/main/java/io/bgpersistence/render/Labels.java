package io.bgpersistence.render;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The labels of one rendered object (docs/contract.md): full labels for metadata, and a stable selector
 * subset. The selector never holds the version or the component: a Deployment's selector cannot
 * change after creation, while a writer's version and type can.
 *
 * @param name the value of {@code app.kubernetes.io/name}
 * @param component the value of {@code app.kubernetes.io/component}
 * @param version the value of {@code app.kubernetes.io/version}, when there is one
 * @param extra the user's labels
 */
public record Labels(String name, String component, Optional<String> version, Map<String, String> extra) {
  /** The name label's key. */
  public static final String NAME = "app.kubernetes.io/name";
  /** The component label's key. */
  public static final String COMPONENT = "app.kubernetes.io/component";
  /** The part-of label's key. */
  public static final String PART_OF = "app.kubernetes.io/part-of";
  /** The managed-by label's key. */
  public static final String MANAGED_BY = "app.kubernetes.io/managed-by";
  /** The version label's key. */
  public static final String VERSION = "app.kubernetes.io/version";
  /** The value of {@code part-of} and the {@code name} of the fleet-wide objects. */
  public static final String FLEET = "background-persistence";
  /** The value of {@code managed-by}; {@code bpctl apply --prune} selects by it. */
  public static final String MANAGER = "bpctl";
  /** The keys bpctl sets itself ({@link #toMap}): a user's extra label may not be one of them. */
  static final java.util.Set<String> OWN = java.util.Set.of(NAME, COMPONENT, PART_OF, MANAGED_BY, VERSION);
  /**
   * The pod-template annotation holding the checksum of the settings the pod reads; a changed
   * setting changes it and so rolls the pods. {@code bpctl status} compares it with the cluster's.
   */
  public static final String SETTINGS_CHECKSUM = "bgpersistence.io/settings-checksum";

  /**
   * Labels; the extra labels are copied.
   *
   * @param name the value of {@code app.kubernetes.io/name}
   * @param component the value of {@code app.kubernetes.io/component}
   * @param version the value of {@code app.kubernetes.io/version}, when there is one
   * @param extra the user's labels
   */
  public Labels {
    extra = Map.copyOf(extra);
  }

  /**
   * Every label: the user's extra labels first (sorted), then ours ({@link RenderOptions} refuses an
   * extra label of one of our keys).
   *
   * @return the labels, in a fixed order
   */
  public Map<String, String> toMap() {
    Map<String, String> out = FleetObjects.sorted(extra);
    out.put(NAME, name);
    out.put(COMPONENT, component);
    out.put(PART_OF, FLEET);
    out.put(MANAGED_BY, MANAGER);
    version.ifPresent(v -> out.put(VERSION, v));
    return out;
  }

  /**
   * The subset that selects this writer's pods and never changes for it.
   *
   * @return name and part-of
   */
  public Map<String, String> selector() {
    Map<String, String> out = new LinkedHashMap<>();
    out.put(NAME, name);
    out.put(PART_OF, FLEET);
    return out;
  }
}
