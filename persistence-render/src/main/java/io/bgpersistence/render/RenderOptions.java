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
  /** {@return also render the Namespace (first)} */
  @Value.Default
  default boolean includeNamespace() {
    return false;
  }

  /** {@return extra labels on every object and pod. The project's own {@code app.kubernetes.io/*} labels win} */
  Map<String, String> extraLabels();

  /** {@return extra annotations on every object and pod template} */
  Map<String, String> extraAnnotations();

  /**
   * Annotations of the fleet's ServiceAccount only, e.g. GKE Workload Identity's
   * {@code iam.gke.io/gcp-service-account} or EKS's {@code eks.amazonaws.com/role-arn}: the cloud
   * identity the writers act as is the cluster's business, not the platform document's.
   *
   * @return annotation key → value, for the ServiceAccount only
   */
  Map<String, String> serviceAccountAnnotations();

  /** {@return node selector of every writer pod} */
  Map<String, String> nodeSelector();

  /** {@return tolerations of every writer pod, in this order} */
  List<PodToleration> tolerations();

  /** {@return names of Secrets holding registry credentials, for every writer pod} */
  List<String> imagePullSecrets();

  /** {@return priorityClass of every writer pod} */
  Optional<String> priorityClassName();

  /**
   * Refuses values Kubernetes would refuse, all at once, naming each (labels and selectors must be
   * qualified names and label values; names of Secrets and PriorityClasses DNS subdomains).
   */
  @Value.Check
  default void check() {
    List<String> bad = new java.util.ArrayList<>();
    extraLabels().forEach((k, v) -> label("label", k, v, bad));
    extraLabels().keySet().stream().filter(Labels.OWN::contains).sorted()
        .forEach(k -> bad.add("label " + k + " is one bpctl sets itself"));
    nodeSelector().forEach((k, v) -> label("node selector", k, v, bad));
    extraAnnotations().keySet().stream().filter(k -> !KubernetesNames.isQualifiedName(k))
        .forEach(k -> bad.add("annotation key \"" + k + "\" is not a qualified name ([prefix/]name)"));
    serviceAccountAnnotations().keySet().stream().filter(k -> !KubernetesNames.isQualifiedName(k))
        .forEach(k -> bad.add("service account annotation key \"" + k + "\" is not a qualified name ([prefix/]name)"));
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

  /** {@return no options: exactly what the document says} */
  static RenderOptions defaults() {
    return builder().build();
  }

  /** {@return A builder of new options} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link RenderOptions}. */
  class Builder extends ImmutableRenderOptions.Builder {}
}
