package io.bgpersistence.model;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * The environment variables bpctl itself sets on a writer: its name, its type, and every setting
 * (shared ones through the ConfigMap, its own directly). A writer's {@code additional_env_vars}
 * come after these and may not reuse their names: Kubernetes would let one silently win.
 */
public final class WriterEnvironment {
  /** The writer's own name. */
  public static final String WRITER_NAME = "WRITER_NAME";
  /** The writer's type. */
  public static final String BUS_SUBSCRIBER_TYPE = "BUS_SUBSCRIBER_TYPE";

  private static final Set<String> RESERVED = reserved();

  private WriterEnvironment() {}

  /** {@return every name bpctl may set on a writer} */
  public static Set<String> reservedNames() {
    return RESERVED;
  }

  private static Set<String> reserved() {
    Set<String> names = new LinkedHashSet<>();
    names.add(WRITER_NAME);
    names.add(BUS_SUBSCRIBER_TYPE);
    Arrays.stream(Setting.values()).map(Setting::envName).forEach(names::add);
    Arrays.stream(WriterSetting.values()).map(WriterSetting::envName).forEach(names::add);
    return Set.copyOf(names);
  }
}
