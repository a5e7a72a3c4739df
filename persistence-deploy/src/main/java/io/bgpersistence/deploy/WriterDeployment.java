package io.bgpersistence.deploy;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One writer's Deployment in the cluster, next to what the document renders now: whether it
 * exists, its desired, ready and updated replicas, whether its images and settings checksum are
 * the rendered ones, and why its rollout is stuck (progress deadline exceeded, crash-looping pods)
 * when it is. {@link #problem} says why the cluster could not be read.
 */
public record WriterDeployment(String writer, String namespace, boolean exists, int desired, int ready, int updated,
    List<String> liveImages, List<String> renderedImages, Optional<String> liveChecksum, Optional<String> renderedChecksum,
    List<String> stuck, Optional<String> problem) {
  /**
   * @param writer the writer's (and its Deployment's) name
   * @param namespace its namespace
   * @param exists whether the cluster has the Deployment
   * @param desired its desired replicas
   * @param ready its ready replicas
   * @param updated its replicas of the current pod template
   * @param liveImages the cluster's container images, in order
   * @param renderedImages the rendering's container images, in order
   * @param liveChecksum the cluster's settings checksum annotation
   * @param renderedChecksum the rendering's settings checksum annotation
   * @param stuck why its rollout is stuck, when it is
   * @param problem why the cluster could not be read
   */
  public WriterDeployment {
    Objects.requireNonNull(writer, "writer");
    Objects.requireNonNull(namespace, "namespace");
    liveImages = List.copyOf(liveImages);
    renderedImages = List.copyOf(renderedImages);
    Objects.requireNonNull(liveChecksum, "liveChecksum");
    Objects.requireNonNull(renderedChecksum, "renderedChecksum");
    stuck = List.copyOf(stuck);
    Objects.requireNonNull(problem, "problem");
  }

  static WriterDeployment missing(String writer, String namespace, List<String> renderedImages,
      Optional<String> renderedChecksum) {
    return new WriterDeployment(writer, namespace, false, 0, 0, 0, List.of(), renderedImages, Optional.empty(),
        renderedChecksum, List.of(), Optional.empty());
  }

  static WriterDeployment unreadable(String writer, String namespace, String why) {
    return new WriterDeployment(writer, namespace, false, 0, 0, 0, List.of(), List.of(), Optional.empty(),
        Optional.empty(), List.of(), Optional.of(why));
  }

  /** @return whether the cluster's images are the rendered ones */
  public boolean imageInSync() {
    return exists && liveImages.equals(renderedImages);
  }

  /** @return whether the cluster's settings checksum is the rendered one */
  public boolean settingsInSync() {
    return exists && liveChecksum.equals(renderedChecksum);
  }

  /** @return what differs from the rendering: {@code image}, {@code settings}; empty when in sync or missing */
  public List<String> drifted() {
    List<String> out = new ArrayList<>();
    if (exists && !imageInSync()) {
      out.add("image");
    }
    if (exists && !settingsInSync()) {
      out.add("settings");
    }
    return out;
  }

  /** @return whether the writer is missing, drifted, stuck or unreadable ({@code bpctl status} exits 1) */
  public boolean failing() {
    return problem.isPresent() || !exists || !drifted().isEmpty() || !stuck.isEmpty();
  }

  /**
   * @return one phrase: {@code deployment 2/2 ready, 2 updated, in sync}, {@code drifted: image
   *     (cluster a:1, document a:2)}, {@code no Deployment online-writer in namespace ns}
   */
  public String describe() {
    if (problem.isPresent()) {
      return problem.get();
    }
    if (!exists) {
      return "no Deployment " + writer + " in namespace " + namespace + " (bpctl apply creates it)";
    }
    List<String> parts = new ArrayList<>();
    parts.add("deployment " + ready + "/" + desired + " ready, " + updated + " updated");
    List<String> drift = new ArrayList<>();
    if (!imageInSync()) {
      drift.add("image (cluster " + String.join(", ", liveImages) + "; document " + String.join(", ", renderedImages) + ")");
    }
    if (!settingsInSync()) {
      drift.add("settings (checksum " + liveChecksum.map(WriterDeployment::shortSum).orElse("none") + " in the cluster, "
          + renderedChecksum.map(WriterDeployment::shortSum).orElse("none") + " rendered now)");
    }
    parts.add(drift.isEmpty() ? "in sync" : "drifted: " + String.join(", ", drift));
    if (!stuck.isEmpty()) {
      parts.add("rollout stuck: " + String.join("; ", stuck));
    }
    return String.join(", ", parts);
  }

  /** {@code sha256:5d8f71ab23e1}: enough to tell two apart on a line. */
  private static String shortSum(String checksum) {
    return checksum.length() > 19 ? checksum.substring(0, 19) : checksum;
  }
}
