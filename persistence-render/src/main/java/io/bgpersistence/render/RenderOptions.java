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
  /**
   * Also render the Namespace (first).
   *
   * @return whether the Namespace is rendered; default false
   */
  @Value.Default
  default boolean includeNamespace() {
    return false;
  }

  /**
   * Extra labels on every object and pod. The project's own {@code app.kubernetes.io/*} labels win.
   *
   * @return label key → value
   */
  Map<String, String> extraLabels();

  /**
   * Extra annotations on every object and pod template.
   *
   * @return annotation key → value
   */
  Map<String, String> extraAnnotations();

  /**
   * Node selector of every writer pod.
   *
   * @return label key → value
   */
  Map<String, String> nodeSelector();

  /**
   * Tolerations of every writer pod, in this order.
   *
   * @return the tolerations
   */
  List<PodToleration> tolerations();

  /**
   * Names of Secrets holding registry credentials, for every writer pod.
   *
   * @return the Secrets' names
   */
  List<String> imagePullSecrets();

  /**
   * PriorityClass of every writer pod.
   *
   * @return the PriorityClass's name, or empty
   */
  Optional<String> priorityClassName();

  /**
   * Refuses values Kubernetes would refuse, all at once, naming each (labels and selectors must be
   * qualified names and label values; names of Secrets and PriorityClasses DNS subdomains).
   */
  @Value.Check
  default void check() {
    List<String> bad = new java.util.ArrayList<>();
    extraLabels().forEach((k, v) -> label("label", k, v, bad));
    nodeSelector().forEach((k, v) -> label("node selector", k, v, bad));
    extraAnnotations().keySet().stream().filter(k -> !KubernetesNames.isQualifiedName(k))
        .forEach(k -> bad.add("annotation key \"" + k + "\" is not a qualified name ([prefix/]name)"));
    imagePullSecrets().stream().filter(n -> !KubernetesNames.isDns1123Subdomain(n))
        .forEach(n -> bad.add("image pull secret \"" + n + "\" is not a valid Secret name"));
    priorityClassName().filter(n -> !KubernetesNames.isDns1123Subdomain(n))
        .ifPresent(n -> bad.add("priority class \"" + n + "\" is not a valid PriorityClass name"));
    tolerations().forEach(t -> t.problem().ifPresent(bad::add));
    if (!bad.isEmpty()) {
      throw new IllegalArgumentException(String.join("; ", bad));
    }
  }

  private static void label(String what, String key, String value, List<String> bad) {
    if (!KubernetesNames.isQualifiedName(key)) {
      bad.add(what + " key \"" + key + "\" is not a qualified name ([prefix/]name, name at most 63 of [A-Za-z0-9-_.])");
    }
    if (!KubernetesNames.isLabelValue(value)) {
      bad.add(what + " " + key + ": value \"" + value + "\" is not a label value (at most 63 of [A-Za-z0-9-_.])");
    }
  }

  /**
   * No options: exactly what the document says.
   *
   * @return the default options
   */
  static RenderOptions defaults() {
    return new Builder().build();
  }

  /** Builds options: {@code new RenderOptions.Builder().includeNamespace(true).build()}. */
  class Builder extends ImmutableRenderOptions.Builder {}

}
