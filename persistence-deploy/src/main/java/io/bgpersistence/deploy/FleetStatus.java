package io.bgpersistence.deploy;

import io.bgpersistence.render.Labels;
import io.bgpersistence.render.RenderedObjects;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.ContainerStatus;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.Pod;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentCondition;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * The writers' Deployments in a cluster, compared with a rendering of the document: one
 * {@link WriterDeployment} per rendered Deployment, in the rendering's (the document's) order.
 *
 * <pre>{@code
 * try (KubernetesClient client = new KubernetesClientBuilder().build()) {
 *   for (WriterDeployment w : new FleetStatus(client).writers(Renderer.standard().render(doc).objects())) {
 *     System.out.println(w.writer() + ": " + w.describe());
 *   }
 * }
 * }</pre>
 */
public final class FleetStatus {
  /** The reasons a container waits that mean its pod is failing rather than starting. */
  static final Set<String> FAILING_WAIT_REASONS =
      Set.of("CrashLoopBackOff", "ImagePullBackOff", "ErrImagePull", "CreateContainerConfigError");
  /** Kubernetes' reason on the Progressing condition when a rollout has stopped making progress. */
  static final String PROGRESS_DEADLINE_EXCEEDED = "ProgressDeadlineExceeded";

  private final KubernetesClient client;

  /** @param client a client of the cluster; the caller closes it */
  public FleetStatus(KubernetesClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /** Why there is no client: what {@link #configuredClient} found missing, in the tool's words. */
  public static final String NO_CLUSTER =
      "no cluster configured (no kubeconfig, KUBECONFIG or in-cluster service account)";

  /**
   * A client of the current kubeconfig context (as {@code bpctl apply} and preflight use), every
   * request bounded by {@code timeout}; empty when no cluster is configured at all.
   *
   * @param timeout the bound of every request
   * @return the client, or empty
   * @throws UnusableKubeconfigException when the kubeconfig names files that are missing or broken
   */
  public static Optional<KubernetesClient> configuredClient(Duration timeout) {
    return KubernetesPreflight.configuredClient(timeout);
  }

  /**
   * Each rendered Deployment's state in the cluster, in order; a cluster that does not answer is
   * asked once.
   *
   * @param rendered the document's rendering now
   * @return one per writer
   */
  public List<WriterDeployment> writers(RenderedObjects rendered) {
    List<WriterDeployment> out = new ArrayList<>();
    Optional<String> down = Optional.empty();  // a cluster that does not answer: one wait, not one per writer
    for (HasMetadata o : rendered.objects()) {
      if (o instanceof Deployment d) {
        if (down.isPresent()) {
          out.add(WriterDeployment.unreadable(d.getMetadata().getName(), d.getMetadata().getNamespace(), down.get()));
          continue;
        }
        WriterDeployment state = state(d);
        out.add(state);
        if (state.problem().isPresent() && state.problem().get().startsWith(KubernetesPreflight.UNREACHABLE)) {
          down = Optional.of("not asked: " + state.problem().get());
        }
      }
    }
    return out;
  }

  private WriterDeployment state(Deployment rendered) {
    String name = rendered.getMetadata().getName();
    String namespace = rendered.getMetadata().getNamespace();
    List<String> renderedImages = images(rendered);
    Optional<String> renderedChecksum = checksum(rendered);
    Deployment live;
    try {
      live = client.apps().deployments().inNamespace(namespace).withName(name).get();
    } catch (KubernetesClientException e) {
      return WriterDeployment.unreadable(name, namespace, KubernetesPreflight.reason(e));
    }
    if (live == null) {
      return WriterDeployment.missing(name, namespace, renderedImages, renderedChecksum);
    }
    var status = live.getStatus();
    int desired = live.getSpec() != null && live.getSpec().getReplicas() != null ? live.getSpec().getReplicas() : 1;
    int ready = status == null || status.getReadyReplicas() == null ? 0 : status.getReadyReplicas();
    int updated = status == null || status.getUpdatedReplicas() == null ? 0 : status.getUpdatedReplicas();
    List<String> stuck = new ArrayList<>();
    if (status != null && status.getConditions() != null) {
      for (DeploymentCondition c : status.getConditions()) {
        if ("Progressing".equals(c.getType()) && PROGRESS_DEADLINE_EXCEEDED.equals(c.getReason())) {
          stuck.add("progress deadline exceeded" + (c.getMessage() == null ? "" : " (" + c.getMessage() + ")"));
        }
      }
    }
    try {
      stuck.addAll(failingPods(live));
    } catch (KubernetesClientException e) {
      stuck.add("its pods could not be read: " + KubernetesPreflight.reason(e));
    }
    return new WriterDeployment(name, namespace, true, desired, ready, updated, images(live), renderedImages,
        checksum(live), renderedChecksum, stuck, Optional.empty());
  }

  /** Pods of the Deployment whose containers wait for a failing reason: "pod p: writer CrashLoopBackOff (7 restarts)". */
  private List<String> failingPods(Deployment live) {
    Map<String, String> selector = live.getSpec() == null || live.getSpec().getSelector() == null
        ? null : live.getSpec().getSelector().getMatchLabels();
    if (selector == null || selector.isEmpty()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (Pod p : client.pods().inNamespace(live.getMetadata().getNamespace()).withLabels(selector).list().getItems()) {
      if (p.getStatus() == null) {
        continue;
      }
      Stream.concat(stream(p.getStatus().getInitContainerStatuses()), stream(p.getStatus().getContainerStatuses()))
          .filter(c -> c.getState() != null && c.getState().getWaiting() != null
              && FAILING_WAIT_REASONS.contains(c.getState().getWaiting().getReason()))
          .forEach(c -> out.add("pod " + p.getMetadata().getName() + ": " + c.getName() + " "
              + c.getState().getWaiting().getReason()
              + (c.getRestartCount() == null ? "" : " (" + c.getRestartCount() + " restarts)")));
    }
    return out;
  }

  private static Stream<ContainerStatus> stream(List<ContainerStatus> statuses) {
    return statuses == null ? Stream.empty() : statuses.stream();
  }

  private static List<String> images(Deployment d) {
    if (d.getSpec() == null || d.getSpec().getTemplate() == null || d.getSpec().getTemplate().getSpec() == null) {
      return List.of();
    }
    return d.getSpec().getTemplate().getSpec().getContainers().stream().map(Container::getImage).toList();
  }

  private static Optional<String> checksum(Deployment d) {
    if (d.getSpec() == null || d.getSpec().getTemplate() == null || d.getSpec().getTemplate().getMetadata() == null
        || d.getSpec().getTemplate().getMetadata().getAnnotations() == null) {
      return Optional.empty();
    }
    return Optional.ofNullable(d.getSpec().getTemplate().getMetadata().getAnnotations().get(Labels.SETTINGS_CHECKSUM));
  }
}
