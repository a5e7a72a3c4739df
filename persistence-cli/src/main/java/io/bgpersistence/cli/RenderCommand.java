package io.bgpersistence.cli;

import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.PodToleration;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Print the Kubernetes objects of a valid document: Namespace (when asked),",
        "ServiceAccount, ConfigMap, then per writer its Deployment (and PodDisruptionBudget with",
        "2 or more replicas). An invalid document prints its problems on stderr, nothing on stdout."})
final class RenderCommand implements Callable<Integer> {
  /** Output formats of {@code render}. */
  enum Format { yaml, json }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON).")
  Path file;

  @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--include-namespace", description = "Also render the Namespace (with Pod Security 'restricted').")
  boolean includeNamespace;

  @Option(names = "--label", paramLabel = "KEY=VALUE", description = "An extra label on every object and pod.")
  Map<String, String> labels = new LinkedHashMap<>();

  @Option(names = "--annotation", paramLabel = "KEY=VALUE", description = "An extra annotation on every object and pod.")
  Map<String, String> annotations = new LinkedHashMap<>();

  @Option(names = "--node-selector", paramLabel = "KEY=VALUE", description = "A node selector of every writer pod.")
  Map<String, String> nodeSelector = new LinkedHashMap<>();

  @Option(names = "--toleration", paramLabel = "KEY[=VALUE]:EFFECT",
      description = "A toleration of every writer pod: Equal with a value, Exists without one.")
  List<String> tolerations = new ArrayList<>();

  @Option(names = "--image-pull-secret", paramLabel = "NAME", description = "A Secret with registry credentials.")
  List<String> imagePullSecrets = new ArrayList<>();

  @Option(names = "--priority-class", paramLabel = "NAME", description = "The PriorityClass of every writer pod.")
  Optional<String> priorityClass = Optional.empty();

  @Override
  public Integer call() {
    RenderOptions options = options();
    ReadResult read = Inputs.read(file);
    PrintWriter err = spec.commandLine().getErr();
    if (read.hasErrors() || read.document().isEmpty()) {
      ProblemPrinter.text(read.errors(), read.warnings(), err);
      return Bpctl.INVALID;
    }
    RenderResult result = Renderer.standard().render(read.document().get(), options);
    // Problems go to stderr only: stdout stays a clean stream of objects for kubectl.
    ProblemPrinter.text(result.report().errors(), result.report().warnings(), err);
    if (!result.ok()) {
      return Bpctl.INVALID;
    }
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? result.objects().toJson() : result.objects().toYaml());
    out.flush();
    return Bpctl.OK;
  }

  private RenderOptions options() {
    RenderOptions.Builder b = new RenderOptions.Builder()
        .includeNamespace(includeNamespace)
        .putAllExtraLabels(labels)
        .putAllExtraAnnotations(annotations)
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
