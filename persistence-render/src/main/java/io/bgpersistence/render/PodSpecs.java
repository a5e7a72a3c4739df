package io.bgpersistence.render;

import io.bgpersistence.model.ResourceSpec;
import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.ConfigMapEnvSource;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EmptyDirVolumeSource;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.LocalObjectReference;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.Quantity;
import io.fabric8.kubernetes.api.model.ResourceRequirements;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Toleration;
import io.fabric8.kubernetes.api.model.Volume;
import io.fabric8.kubernetes.api.model.VolumeMount;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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

  // Plain setters, not fabric8's fluent builders: a builder copies whatever it is given and again
  // whatever it builds, and a fleet renders a pod per writer. Every list is the pod's own, mutable.

  static PodSpec restricted(FleetFrame frame, ResolvedWriter w) {
    RenderOptions o = frame.options();
    PodSpec spec = new PodSpec();
    spec.setServiceAccountName(frame.serviceAccountName());
    spec.setAutomountServiceAccountToken(false);
    PodSecurityContext security = new PodSecurityContext();
    security.setRunAsNonRoot(true);
    security.setRunAsUser(NON_ROOT_ID);
    security.setRunAsGroup(NON_ROOT_ID);
    security.setFsGroup(NON_ROOT_ID);
    security.setSeccompProfile(runtimeDefault());
    spec.setSecurityContext(security);
    spec.setContainers(new ArrayList<>(List.of(container(w))));
    Volume tmp = new Volume();
    tmp.setName(TMP_VOLUME);
    tmp.setEmptyDir(new EmptyDirVolumeSource());
    spec.setVolumes(new ArrayList<>(List.of(tmp)));
    spec.setNodeSelector(w.nodeSelector().isEmpty() ? null : FleetObjects.sorted(w.nodeSelector()));
    List<Toleration> tolerations = new ArrayList<>(w.tolerations().size());
    w.tolerations().forEach(t -> tolerations.add(toleration(t)));
    spec.setTolerations(tolerations);
    List<LocalObjectReference> pullSecrets = new ArrayList<>(o.imagePullSecrets().size());
    o.imagePullSecrets().forEach(name -> pullSecrets.add(new LocalObjectReference(name)));
    spec.setImagePullSecrets(pullSecrets);
    spec.setPriorityClassName(o.priorityClassName().orElse(null));
    return spec;
  }

  private static Container container(ResolvedWriter w) {
    Container container = new Container();
    container.setName(CONTAINER);
    container.setImage(w.image());
    EnvFromSource settings = new EnvFromSource();
    settings.setConfigMapRef(new ConfigMapEnvSource(FleetObjects.CONFIG_MAP_NAME, null));
    container.setEnvFrom(new ArrayList<>(List.of(settings)));
    container.setEnv(new ArrayList<>(w.env()));
    ResourceRequirements resources = new ResourceRequirements();
    resources.setRequests(quantities(w.request()));
    resources.setLimits(quantities(w.limit()));
    container.setResources(resources);
    SecurityContext security = new SecurityContext();
    security.setRunAsNonRoot(true);
    security.setAllowPrivilegeEscalation(false);
    security.setPrivileged(false);
    security.setReadOnlyRootFilesystem(true);
    Capabilities capabilities = new Capabilities();
    capabilities.setDrop(new ArrayList<>(List.of("ALL")));
    security.setCapabilities(capabilities);
    security.setSeccompProfile(runtimeDefault());
    container.setSecurityContext(security);
    // The root filesystem is read-only; /tmp is the one writable place.
    VolumeMount tmp = new VolumeMount();
    tmp.setName(TMP_VOLUME);
    tmp.setMountPath("/tmp");
    container.setVolumeMounts(new ArrayList<>(List.of(tmp)));
    return container;
  }

  private static SeccompProfile runtimeDefault() {
    SeccompProfile profile = new SeccompProfile();
    profile.setType("RuntimeDefault");
    return profile;
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
