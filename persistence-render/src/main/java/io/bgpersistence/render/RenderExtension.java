package io.bgpersistence.render;

import io.bgpersistence.model.Extension;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * What a backend (Kafka, Pub/Sub) or a user adds to the rendered objects: an {@link Extension}
 * (id, applies-to, applied in the order of ids). The core renderer renders the settings every
 * backend shares; a setting tagged with a backend ({@code Setting.backend()}) is the business of
 * that backend's extension.
 *
 * <p>Found with {@link java.util.ServiceLoader} (list the implementation in
 * {@code META-INF/services/io.bgpersistence.render.RenderExtension}) or added, configured, with
 * {@link Renderer.Builder#addExtension}. Its methods are called only for documents it
 * {@linkplain #appliesTo applies to}. What it returns is checked as the core's own values are:
 * ConfigMap keys and environment names must be valid and not already set, annotation and label
 * keys qualified names, objects need a kind and a valid name. A violation, or anything it throws,
 * is an error of the {@link RenderResult} whose origin is the extension's id, and nothing is
 * rendered. Everything it returns is covered by the pod checksums. Implementations must return
 * the same output for the same input: rendering is byte-for-byte deterministic.
 */
public interface RenderExtension extends Extension {
  /**
   * Entries for the shared ConfigMap, which every writer reads through {@code envFrom}: key = the
   * environment variable name, value = its value. Names of secrets only, never secret values.
   * Entries are written sorted by key, after the core's.
   *
   * @param document a valid document this extension applies to
   * @return environment variable name → value
   */
  default Map<String, String> sharedSettings(PersistenceDocument document) {
    return Map.of();
  }

  /**
   * Annotations for the fleet's ServiceAccount, e.g. GKE Workload Identity's.
   *
   * @param document a valid document this extension applies to
   * @param options the user's render options
   * @return annotation key → value
   */
  default Map<String, String> serviceAccountAnnotations(PersistenceDocument document, RenderOptions options) {
    return Map.of();
  }

  /**
   * Environment variables set directly on one writer's container (after the core ones).
   *
   * @param document a valid document this extension applies to
   * @param writer one of its writers
   * @param type that writer's type
   * @return the variables, in order
   */

  default List<EnvVar> writerEnvironment(PersistenceDocument document, WriterSpec writer, WriterType type) {
    return List.of();
  }

  /**
   * Objects of the fleet this backend needs (e.g. an autoscaler's credentials), written after the
   * ConfigMap. {@code meta} holds the fleet's namespace and labels; use a copy per object.
   *
   * @param document the document being rendered
   * @param meta the fleet's namespace and labels, to copy into each object
   * @return the objects, in the order they are written (none by default)
   */
  default List<HasMetadata> fleetObjects(PersistenceDocument document, ObjectMeta meta) {
    return List.of();
  }

  /**
   * Objects of one writer this backend adds (e.g. its autoscaler), written after the writer's
   * Deployment and disruption budget. {@code meta} holds the writer's name, namespace and labels;
   * use a copy per object. An object of kind {@code ScaledObject} or {@code HorizontalPodAutoscaler}
   * owns the writer's replicas: the Deployment then states none.
   *
   * @param document the document being rendered
   * @param meta the writer's name, namespace and labels, to copy into each object
   * @param writer the writer entry the objects are for
   * @return the objects, in the order they are written (none by default)
   */
  default List<HasMetadata> writerObjects(PersistenceDocument document, WriterSpec writer, ObjectMeta meta) {
    return List.of();
  }
}
