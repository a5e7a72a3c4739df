package io.bgpersistence.render;

import io.bgpersistence.model.ResourceSpec;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerBuilder;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.PodSpecBuilder;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.Toleration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The one place the writer pod and its security settings are written: Pod Security Standard
 * "restricted" by default.
 */
final class PodSpecs {
  /** The writer container's name. */
  static final String CONTAINER = "writer";
  /** A non-root user, so that images built to run as root still start under runAsNonRoot. */
  static final long NON_ROOT_ID = 65532L;
  private static final String TMP_VOLUME = "tmp";

  private PodSpecs() {}

  static PodSpec restricted(ResolvedFleet fleet, ResolvedWriter w) {
    RenderOptions o = fleet.options();
    PodSpec spec = new PodSpecBuilder()
        .withServiceAccountName(fleet.serviceAccountName())
        .withAutomountServiceAccountToken(false)
        .withNewSecurityContext()
          .withRunAsNonRoot(true)
          .withRunAsUser(NON_ROOT_ID)
          .withRunAsGroup(NON_ROOT_ID)
          .withFsGroup(NON_ROOT_ID)
          .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
        .endSecurityContext()
        .addNewVolume().withName(TMP_VOLUME).withNewEmptyDir().endEmptyDir().endVolume()
        .withNodeSelector(w.nodeSelector().isEmpty() ? null : FleetObjects.sorted(w.nodeSelector()))
        .withTolerations(w.tolerations().stream().map(PodSpecs::toleration).toList())
        .withImagePullSecrets(o.imagePullSecrets().stream().map(LocalObjectReference::new).toList())
        .withPriorityClassName(o.priorityClassName().orElse(null))
        .build();
    // Set on the built object, as the Deployment sets this spec: a builder deep-copies what it takes.
    spec.setContainers(List.of(container(w)));
    return spec;
  }

  private static Container container(ResolvedWriter w) {
    Container container = new ContainerBuilder()
        .withName(CONTAINER)
        .withImage(w.image())
        .addNewEnvFrom().withNewConfigMapRef().withName(FleetObjects.CONFIG_MAP_NAME).endConfigMapRef().endEnvFrom()
        .withNewResources()
          .withRequests(quantities(w.request()))
          .withLimits(quantities(w.limit()))
        .endResources()
        .withNewSecurityContext()
          .withRunAsNonRoot(true)
          .withAllowPrivilegeEscalation(false)
          .withPrivileged(false)
          .withReadOnlyRootFilesystem(true)
          .withNewCapabilities().withDrop(List.of("ALL")).endCapabilities()
          .withNewSeccompProfile().withType("RuntimeDefault").endSeccompProfile()
        .endSecurityContext()
        // The root filesystem is read-only; /tmp is the one writable place.
        .addNewVolumeMount().withName(TMP_VOLUME).withMountPath("/tmp").endVolumeMount()
        .build();
    container.setEnv(new ArrayList<>(w.env()));  // one copy, the caller's own
    return container;
  }

  /** cpu, memory and ephemeral storage (storage sizes volumes, not containers: not rendered). */
  private static Map<String, Quantity> quantities(ResourceSpec r) {
    Map<String, Quantity> out = new LinkedHashMap<>();
    r.cpu().ifPresent(v -> out.put("cpu", new Quantity(v)));
    r.memory().ifPresent(v -> out.put("memory", new Quantity(v)));
    r.ephemeralStorage().ifPresent(v -> out.put("ephemeral-storage", new Quantity(v)));
    return out;
  }

  private static Toleration toleration(PodToleration t) {
    return new Toleration(t.effect().orElse(null), t.key().orElse(null), t.operator(), null,
        t.value().orElse(null));
  }
}
