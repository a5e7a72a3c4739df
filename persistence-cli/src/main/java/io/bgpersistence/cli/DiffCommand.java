package io.bgpersistence.cli;

import io.bgpersistence.render.FleetDiff;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderedObjects;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "diff", mixinStandardHelpOptions = true,
    description = {"Show what applying NEW over OLD would change.",
        "",
        "What it would create, change and delete, object by object and field by field. Computed"
            + " from the two renderings: no cluster needed."})
final class DiffCommand implements Callable<Integer> {
  /** Output formats of {@code diff}. */
  enum Format { text, json }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(index = "0", paramLabel = "OLD", description = "The document as it is applied now (JSON); - reads standard input.")
  Path oldFile;

  @Parameters(index = "1", paramLabel = "NEW", description = "The document to apply (JSON); - reads standard input.")
  Path newFile;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--exit-code", description = "Exit 1 when there are differences (as git diff --exit-code).")
  boolean exitCode;

  @Mixin RenderOptionsMixin renderOptions;

  @Override
  public Integer call() {
    if (Inputs.isStandardStream(oldFile) && Inputs.isStandardStream(newFile)) {
      throw new ParameterException(spec.commandLine(), "OLD and NEW cannot both be - (standard input is read once)");
    }
    RenderOptions options = renderOptions.options();
    PrintWriter err = spec.commandLine().getErr();
    Optional<RenderedObjects> before = RenderedFile.render(oldFile, options, err, true);
    Optional<RenderedObjects> after = RenderedFile.render(newFile, options, err, true);
    if (before.isEmpty() || after.isEmpty()) {
      return Bpctl.INVALID;
    }
    FleetDiff diff = FleetDiff.between(before.get(), after.get());
    PrintWriter out = spec.commandLine().getOut();
    out.print(format == Format.json ? diff.toJson() : diff.toText());
    out.flush();
    return exitCode && !diff.isEmpty() ? Bpctl.INVALID : Bpctl.OK;
  }
}
