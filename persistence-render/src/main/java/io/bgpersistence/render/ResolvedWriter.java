package io.bgpersistence.render;

import io.bgpersistence.model.ResourceSpec;
import io.fabric8.kubernetes.api.model.EnvVar;
import java.util.List;
import java.util.Optional;

/**
 * One writer with everything its objects need, looked up once: the image from its type's family,
 * its replicas, its resources, the environment set directly on it and the checksum of all it reads.
 */
record ResolvedWriter(
    String name,
    Labels labels,
    String image,
    int replicas,
    Optional<ResourceSpec> request,
    Optional<ResourceSpec> limit,
    List<EnvVar> env,
    String checksum) {
  ResolvedWriter {
    env = List.copyOf(env);
  }
}
