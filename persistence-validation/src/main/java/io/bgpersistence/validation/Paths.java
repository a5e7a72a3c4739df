package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.Setting;
import java.util.EnumMap;
import java.util.Map;

/**
 * The fixed paths of the document, built once: making a {@link FieldPath} renders its text, and
 * validation is on a hot path (a valid document should create none).
 */
public final class Paths {
  /** {@code common_persistence_specs}. */
  public static final FieldPath COMMON = FieldPath.ROOT.child("common_persistence_specs");
  /** {@code writers}. */
  public static final FieldPath WRITERS = FieldPath.ROOT.child("writers");

  private static final Map<Setting, FieldPath> SETTINGS = new EnumMap<>(Setting.class);

  static {
    for (Setting s : Setting.values()) {
      SETTINGS.put(s, s.path());
    }
  }

  private Paths() {}

  /**
   * A writer's path.
   *
   * @param i the writer's index
   * @return {@code writers[i]}
   */
  public static FieldPath writer(int i) {
    return WRITERS.index(i);
  }

  /**
   * A setting's path ({@code common_persistence_specs.namespace}, {@code api_server_host}).
   *
   * @param setting a row of the Setting table
   * @return its path, built once
   */

  public static FieldPath of(Setting setting) {
    return SETTINGS.get(setting);
  }
}
