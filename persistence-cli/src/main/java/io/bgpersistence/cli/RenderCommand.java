package io.bgpersistence.cli;

import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderedObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Print the Kubernetes objects of a valid document: Namespace (when asked),",
        "ServiceAccount, ConfigMap, then per writer its Deployment, its PodDisruptionBudget and its",
        "autoscaler when it has them. An invalid document prints its problems on stderr, nothing on stdout."})
final class RenderCommand implements Callable<Integer> {
  /** Output formats of {@code render}. */
  enum Format { yaml, json }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Mixin RenderOptionsMixin renderOptions;

  @Override
  public Integer call() throws IOException {
    RenderOptions options = renderOptions.options();
    Optional<RenderedObjects> rendered = RenderedFile.render(file, options, spec.commandLine().getErr(), false);
    if (rendered.isEmpty()) {
      return Bpctl.INVALID;
    }
    // Streamed object by object: a fleet of any size prints without its whole text in memory.
    PrintWriter out = spec.commandLine().getOut();
    if (format == Format.json) {
      rendered.get().writeJson(out);
    } else {
      rendered.get().writeYaml(out);
    }
    out.flush();
    return Bpctl.OK;
  }
}
