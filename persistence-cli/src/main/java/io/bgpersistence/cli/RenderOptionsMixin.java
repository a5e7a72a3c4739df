package io.bgpersistence.cli;

import io.bgpersistence.render.PodToleration;
import io.bgpersistence.render.RenderOptions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The render options of {@code render}, {@code diff} and {@code apply}: what real clusters need. */
public final class RenderOptionsMixin {
  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--include-namespace", description = "Also render the Namespace (with Pod Security 'restricted').")
  boolean includeNamespace;

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "An extra label on every object and pod.")
  Map<String, String> labels = new LinkedHashMap<>();

  @Option(names = "--annotation", paramLabel = "KEY=VALUE", description = "An extra annotation on every object and pod.")
  Map<String, String> annotations = new LinkedHashMap<>();

  @Option(names = "--service-account-annotation", paramLabel = "KEY=VALUE",
      description = "An annotation of the ServiceAccount only: the writers' cloud identity, e.g. "
          + "iam.gke.io/gcp-service-account=NAME@PROJECT.iam.gserviceaccount.com.")
  Map<String, String> serviceAccountAnnotations = new LinkedHashMap<>();

  @Option(names = "--node-selector", paramLabel = "KEY=VALUE", description = "A node selector of every writer pod.")
  Map<String, String> nodeSelector = new LinkedHashMap<>();

  @Option(names = "--toleration", paramLabel = "KEY[=VALUE]:EFFECT",
      description = "A toleration of every writer pod: Equal with a value, Exists without one.")
  List<String> tolerations = new ArrayList<>();

  @Option(names = "--image-pull-secret", paramLabel = "NAME", description = "A Secret with registry credentials.")
  List<String> imagePullSecrets = new ArrayList<>();

  @Option(names = "--priority-class", paramLabel = "NAME", description = "The PriorityClass of every writer pod.")
  Optional<String> priorityClass = Optional.empty();

  /** The options; a value Kubernetes would refuse is a usage error (exit 2). */
  RenderOptions options() {
    try {
      return build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage(), e);
    }
  }

  private RenderOptions build() {
    RenderOptions.Builder b = new RenderOptions.Builder()
        .includeNamespace(includeNamespace)
        .putAllExtraLabels(labels)
        .putAllExtraAnnotations(annotations)
        .putAllServiceAccountAnnotations(serviceAccountAnnotations)
        .putAllNodeSelector(nodeSelector)
        .addAllImagePullSecrets(imagePullSecrets)
        .priorityClassName(priorityClass);
    tolerations.forEach(t -> b.addTolerations(toleration(t)));
    return b.build();
  }

  private PodToleration toleration(String text) {
    int colon = text.lastIndexOf(':');
    if (colon <= 0 || colon == text.length() - 1) {
      throw new ParameterException(spec.commandLine(),
          "--toleration " + text + ": expected KEY[=VALUE]:EFFECT, e.g. dedicated=writers:NoSchedule");
    }
    String keyValue = text.substring(0, colon);
    String effect = text.substring(colon + 1);
    int eq = keyValue.indexOf('=');
    return eq < 0 ? PodToleration.exists(keyValue, effect)
        : PodToleration.equal(keyValue.substring(0, eq), keyValue.substring(eq + 1), effect);
  }
}
