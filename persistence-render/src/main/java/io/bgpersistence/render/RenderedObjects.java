package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;

/**
 * The objects of one rendering, in the order of docs/contract.md ("What rendering produces"):
 * Namespace (when asked), ServiceAccount, ConfigMap, then per writer its Deployment and, with 2
 * or more replicas, its PodDisruptionBudget.
 *
 * <p>fabric8 objects are mutable beans: {@link #objects()} builds fresh copies each call, so a
 * caller editing them cannot change this rendering.
 */
public final class RenderedObjects {
  /** Never handed out (only copies are), so the text written from them is always the same. */
  private final List<HasMetadata> objects;

  RenderedObjects(List<HasMetadata> objects) {
    this.objects = List.copyOf(objects);
  }

  /**
   * Fresh copies of the objects, in order.
   *
   * @return new fabric8 objects, which the caller may edit
   */
  public List<HasMetadata> objects() {
    return objects.stream().map(KubernetesText::copy).toList();
  }

  /**
   * A multi-document YAML stream, as {@code bpctl render} prints it.
   *
   * @return the YAML text
   */
  public String toYaml() {
    return KubernetesText.yaml(objects);
  }

  /**
   * A JSON {@code v1 List}, as {@code bpctl render --format json} prints it.
   *
   * @return the JSON text
   */

  public String toJson() {
    return KubernetesText.json(objects);
  }
}
