package io.bgpersistence.render;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.List;
import java.util.Map;

/**
 * What a backend (Kafka, Pub/Sub) adds to the rendered objects. The core renderer renders the
 * settings every backend shares; a setting tagged with a backend ({@code Setting.backend()}) is
 * the business of that backend's extension.
 *
 * <p>Found with {@link java.util.ServiceLoader}: list the implementation in
 * {@code META-INF/services/io.bgpersistence.render.RenderExtension}. Extensions are applied in the
 * order of their {@link #id()}, so the output does not depend on the class path order. Everything
 * an extension returns is covered by the pod checksums. Implementations must be stateless and
 * return the same output for the same input: rendering is byte-for-byte deterministic.
 */
public interface RenderExtension {
  /**
   * A short stable name, e.g. {@code kafka}; also the order extensions are applied in.
   *
   * @return the name
   */
  String id();

  /**
   * Whether this extension has anything to add to this document, e.g. {@code bus_backend == KAFKA}.
   *
   * @param document a valid document
   * @return whether the other methods are called for it
   */
  boolean appliesTo(PersistenceDocument document);

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
   */
  default List<HasMetadata> fleetObjects(PersistenceDocument document, ObjectMeta meta) {
    return List.of();
  }

  /**
   * Objects of one writer this backend adds (e.g. its autoscaler), written after the writer's
   * Deployment and disruption budget. {@code meta} holds the writer's name, namespace and labels;
   * use a copy per object. An object of kind {@code ScaledObject} or {@code HorizontalPodAutoscaler}
   * owns the writer's replicas: the Deployment then states none.
   */
  default List<HasMetadata> writerObjects(PersistenceDocument document, WriterSpec writer, ObjectMeta meta) {
    return List.of();
  }
}
