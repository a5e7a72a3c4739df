package io.bgpersistence.cli;

import io.bgpersistence.render.ManifestDirectory;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderedObjects;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "render", mixinStandardHelpOptions = true,
    description = {"Print the Kubernetes objects of a valid document.",
        "",
        "Namespace (when asked), ServiceAccount, ConfigMap, then per writer its Deployment, its"
            + " PodDisruptionBudget and its autoscaler when it has them. An invalid document prints its problems on"
            + " stderr, nothing on stdout."})
final class RenderCommand implements Callable<Integer> {
  /** Output formats of {@code render}. */
  enum Format { yaml, json }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--format", defaultValue = "yaml", description = "yaml or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output-dir", paramLabel = "DIR",
      description = "Write one YAML file per object into DIR (kind-name.yaml) and a kustomization.yaml listing"
          + " them, for a GitOps repository. bpctl lists what it wrote in DIR/" + ManifestDirectory.MARKER + ": the"
          + " next run removes the files listed there that the document no longer has, and nothing else.")
  Path outputDir;

  @Mixin RenderOptionsMixin renderOptions;

  @Override
  public Integer call() throws IOException {
    if (outputDir != null && outputDir.toString().isEmpty()) {
      throw new ParameterException(spec.commandLine(), "--output-dir: the directory name is empty");
    }
    if (outputDir != null && Inputs.isStandardStream(outputDir)) {
      throw new ParameterException(spec.commandLine(), "--output-dir names a directory; to print, leave it out");
    }
    if (outputDir != null && format == Format.json) {
      throw new ParameterException(spec.commandLine(), "--output-dir writes YAML files; it takes no --format json");
    }
    RenderOptions options = renderOptions.options();
    Optional<RenderedObjects> rendered = RenderedFile.render(file, options, spec.commandLine().getErr(), false);
    if (rendered.isEmpty()) {
      return Bpctl.INVALID;
    }
    PrintWriter out = spec.commandLine().getOut();
    if (outputDir != null) {
      return writeDirectory(rendered.get(), out);
    }
    return print(rendered.get(), format, out);
  }

  /** {@code bpctl render FILE}: the options' defaults (a test holds them to picocli's). */
  static OptionalInt withDefaults(Path file, PrintWriter out, PrintWriter err) {
    Optional<RenderedObjects> rendered = RenderedFile.render(file, RenderOptions.defaults(), err, false);
    try {
      return OptionalInt.of(rendered.isEmpty() ? Bpctl.INVALID : print(rendered.get(), Format.yaml, out));
    } catch (IOException e) {
      return OptionalInt.empty();  // picocli's run reports it
    }
  }

  /** Streamed object by object: a fleet of any size prints without its whole text in memory. */
  private static int print(RenderedObjects rendered, Format format, PrintWriter out) throws IOException {
    if (format == Format.json) {
      rendered.writeJson(out);
    } else {
      rendered.writeYaml(out);
    }
    out.flush();
    return Bpctl.OK;
  }

  private int writeDirectory(RenderedObjects rendered, PrintWriter out) {
    if (Files.exists(outputDir) && !Files.isDirectory(outputDir)) {
      throw new UnreadableInput("cannot write " + outputDir + ": it is a file, not a directory", null);
    }
    List<ManifestDirectory.Change> changes;
    try {
      changes = ManifestDirectory.write(rendered, outputDir);
    } catch (FileSystemException e) {
      // The file that could not be written, where the error names one, and the system's reason.
      IOException why = e.getCause() instanceof IOException cause ? cause : e;
      throw new UnreadableInput("cannot write " + (e.getFile() != null ? e.getFile() : outputDir) + ": "
          + Inputs.reason(why), e);
    } catch (IOException e) {
      throw new UnreadableInput("cannot write " + outputDir + ": " + Inputs.reason(e), e);
    }
    for (ManifestDirectory.Change c : changes) {
      out.println(String.format("%-9s %s", c.action().name().toLowerCase(java.util.Locale.ROOT),
          outputDir.resolve(c.file())));
    }
    out.flush();
    return Bpctl.OK;
  }
}
