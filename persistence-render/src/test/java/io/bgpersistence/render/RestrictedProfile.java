package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.Capabilities;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerPort;
import io.fabric8.kubernetes.api.model.PodSecurityContext;
import io.fabric8.kubernetes.api.model.PodSpec;
import io.fabric8.kubernetes.api.model.SeccompProfile;
import io.fabric8.kubernetes.api.model.SecurityContext;
import io.fabric8.kubernetes.api.model.Sysctl;
import io.fabric8.kubernetes.api.model.Volume;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * The Pod Security Standard "restricted" profile (baseline + restricted controls, Kubernetes 1.33
 * docs), written independently of the renderer as a checker for its output; plus docs/contract.md's
 * extras (read-only root filesystem, requests and limits, no service account token).
 */
final class RestrictedProfile {
  private static final Set<String> ALLOWED_VOLUME_SOURCES = Set.of(
      "configMap", "csi", "downwardAPI", "emptyDir", "ephemeral", "persistentVolumeClaim", "projected", "secret");
  private static final Set<String> SAFE_SYSCTLS = Set.of(
      "kernel.shm_rmid_forced", "net.ipv4.ip_local_port_range", "net.ipv4.ip_unprivileged_port_start",
      "net.ipv4.tcp_syncookies", "net.ipv4.ping_group_range", "net.ipv4.ip_local_reserved_ports",
      "net.ipv4.tcp_keepalive_time", "net.ipv4.tcp_fin_timeout", "net.ipv4.tcp_keepalive_intvl",
      "net.ipv4.tcp_keepalive_probes");
  private static final Set<String> SAFE_SELINUX_TYPES = Set.of("", "container_t", "container_init_t", "container_kvm_t",
      "container_engine_t");

  private RestrictedProfile() {}

  /** Every violation of the pod, as "where: what"; empty when the restricted profile admits it. */
  static List<String> violations(PodSpec pod) {
    List<String> out = new ArrayList<>();
    if (Boolean.TRUE.equals(pod.getHostNetwork())) out.add("hostNetwork: must not be true");
    if (Boolean.TRUE.equals(pod.getHostPID())) out.add("hostPID: must not be true");
    if (Boolean.TRUE.equals(pod.getHostIPC())) out.add("hostIPC: must not be true");
    if (!Boolean.FALSE.equals(pod.getAutomountServiceAccountToken())) {
      out.add("automountServiceAccountToken: must be false (docs/contract.md)");
    }
    PodSecurityContext psc = pod.getSecurityContext();
    for (Volume v : pod.getVolumes()) {
      List<String> sources = volumeSources(v);
      if (sources.size() != 1 || !ALLOWED_VOLUME_SOURCES.contains(sources.get(0))) {
        out.add("volumes[" + v.getName() + "]: type " + sources + " not allowed");
      }
    }
    if (psc != null) {
      if (psc.getSysctls() != null) {
        for (Sysctl s : psc.getSysctls()) {
          if (!SAFE_SYSCTLS.contains(s.getName())) out.add("securityContext.sysctls: " + s.getName() + " not allowed");
        }
      }
      if (Long.valueOf(0).equals(psc.getRunAsUser())) out.add("securityContext.runAsUser: must not be 0");
      if (psc.getSeLinuxOptions() != null) {
        seLinux(psc.getSeLinuxOptions(), "securityContext.seLinuxOptions", out);
      }
    }
    List<Container> all = new ArrayList<>(pod.getContainers());
    all.addAll(pod.getInitContainers());
    if (pod.getContainers().isEmpty()) out.add("containers: none");
    for (Container c : all) {
      container(c, psc, "containers[" + c.getName() + "]", out);
    }
    return out;
  }

  private static void container(Container c, PodSecurityContext psc, String at, List<String> out) {
    SecurityContext sc = c.getSecurityContext();
    for (ContainerPort p : c.getPorts()) {
      if (p.getHostPort() != null && p.getHostPort() != 0) out.add(at + ".ports: hostPort not allowed");
    }
    if (sc == null) {
      out.add(at + ".securityContext: missing");
      sc = new SecurityContext();
    }
    if (Boolean.TRUE.equals(sc.getPrivileged())) out.add(at + ".securityContext.privileged: must not be true");
    if (!Boolean.FALSE.equals(sc.getAllowPrivilegeEscalation())) {
      out.add(at + ".securityContext.allowPrivilegeEscalation: must be false");
    }
    Capabilities caps = sc.getCapabilities();
    if (caps == null || caps.getDrop() == null || !caps.getDrop().contains("ALL")) {
      out.add(at + ".securityContext.capabilities.drop: must contain ALL");
    }
    if (caps != null && caps.getAdd() != null) {
      caps.getAdd().stream().filter(a -> !a.equals("NET_BIND_SERVICE"))
          .forEach(a -> out.add(at + ".securityContext.capabilities.add: " + a + " not allowed"));
    }
    Boolean nonRoot = sc.getRunAsNonRoot() != null ? sc.getRunAsNonRoot()
        : psc != null ? psc.getRunAsNonRoot() : null;
    if (!Boolean.TRUE.equals(nonRoot)) out.add(at + ": runAsNonRoot must be true (container or pod)");
    if (Long.valueOf(0).equals(sc.getRunAsUser())) out.add(at + ".securityContext.runAsUser: must not be 0");
    SeccompProfile seccomp = sc.getSeccompProfile() != null ? sc.getSeccompProfile()
        : psc != null ? psc.getSeccompProfile() : null;
    if (seccomp == null || !Set.of("RuntimeDefault", "Localhost").contains(seccomp.getType())) {
      out.add(at + ": seccompProfile.type must be RuntimeDefault or Localhost (container or pod)");
    }
    if (sc.getProcMount() != null && !"Default".equals(sc.getProcMount())) {
      out.add(at + ".securityContext.procMount: must be Default");
    }
    if (sc.getSeLinuxOptions() != null) seLinux(sc.getSeLinuxOptions(), at + ".securityContext.seLinuxOptions", out);
    if (sc.getWindowsOptions() != null && Boolean.TRUE.equals(sc.getWindowsOptions().getHostProcess())) {
      out.add(at + ".securityContext.windowsOptions.hostProcess: must not be true");
    }
    if (!Boolean.TRUE.equals(sc.getReadOnlyRootFilesystem())) {
      out.add(at + ".securityContext.readOnlyRootFilesystem: must be true (docs/contract.md)");
    }
    if (c.getResources() == null || c.getResources().getRequests() == null || c.getResources().getLimits() == null
        || !c.getResources().getRequests().keySet().containsAll(Set.of("cpu", "memory"))
        || !c.getResources().getLimits().keySet().containsAll(Set.of("cpu", "memory"))) {
      out.add(at + ".resources: cpu and memory requests and limits must be set (docs/contract.md)");
    }
  }

  private static void seLinux(io.fabric8.kubernetes.api.model.SELinuxOptions o, String at, List<String> out) {
    if (o.getType() != null && !SAFE_SELINUX_TYPES.contains(o.getType())) out.add(at + ".type: not allowed");
    if (o.getUser() != null && !o.getUser().isEmpty()) out.add(at + ".user: must not be set");
    if (o.getRole() != null && !o.getRole().isEmpty()) out.add(at + ".role: must not be set");
  }

  /** The names of the volume-source fields set on a volume (exactly one for a well-formed volume). */
  private static List<String> volumeSources(Volume v) {
    com.fasterxml.jackson.databind.node.ObjectNode tree = new com.fasterxml.jackson.databind.ObjectMapper().valueToTree(v);
    List<String> out = new ArrayList<>();
    tree.fieldNames().forEachRemaining(n -> {
      if (!n.equals("name")) out.add(n);
    });
    return out;
  }
}
