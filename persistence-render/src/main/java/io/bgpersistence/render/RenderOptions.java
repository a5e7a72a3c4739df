package io.bgpersistence.render;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * What a user adds to the rendered objects because real clusters need it. Everything is optional;
 * {@link #defaults()} renders exactly what the document says.
 */
@Value.Immutable
public interface RenderOptions {
  /** Also render the Namespace (first). */
  @Value.Default
  default boolean includeNamespace() {
    return false;
  }

  /** Extra labels on every object and pod. The project's own {@code app.kubernetes.io/*} labels win. */
  Map<String, String> extraLabels();

  /** Extra annotations on every object and pod template. */
  Map<String, String> extraAnnotations();

  /** Node selector of every writer pod. */
  Map<String, String> nodeSelector();

  /** Tolerations of every writer pod, in this order. */
  List<PodToleration> tolerations();

  /** Names of Secrets holding registry credentials, for every writer pod. */
  List<String> imagePullSecrets();

  /** PriorityClass of every writer pod. */
  Optional<String> priorityClassName();

  static RenderOptions defaults() {
    return new Builder().build();
  }

  class Builder extends ImmutableRenderOptions.Builder {}
}
