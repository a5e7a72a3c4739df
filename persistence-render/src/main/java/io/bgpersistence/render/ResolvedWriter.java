package io.bgpersistence.render;

import io.bgpersistence.model.IntOrPercent;
import io.bgpersistence.model.ResourceSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One writer with everything its objects need, looked up once: the image (its override, or its
 * type's family), its replicas (empty when an autoscaler owns them), its resources, placement, the
 * environment set directly on it, its disruption budget, the checksum of all it reads, and the
 * objects extensions add for it.
 */
record ResolvedWriter(
    String name,
    Labels labels,
    String image,
    Optional<Integer> replicas,
    ResourceSpec request,
    ResourceSpec limit,
    Map<String, String> nodeSelector,
    List<PodToleration> tolerations,
    List<EnvVar> env,
    Optional<Budget> budget,
    String checksum,
    List<HasMetadata> extraObjects) {
  ResolvedWriter {
    env = List.copyOf(env);
    tolerations = List.copyOf(tolerations);
    extraObjects = List.copyOf(extraObjects);
  }

  /** A PodDisruptionBudget: minAvailable or maxUnavailable (exactly one is set). */
  record Budget(Optional<IntOrPercent> minAvailable, Optional<IntOrPercent> maxUnavailable) {}
}
