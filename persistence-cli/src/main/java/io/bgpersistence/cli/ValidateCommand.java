package io.bgpersistence.cli;

import io.bgpersistence.model.ReadResult;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Check a document and report every problem at once.")
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON).")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Override
  public Integer call() {
    ReadResult read = Inputs.read(file);
    if (format == OutputFormat.json) {
      ProblemPrinter.json(read.errors(), read.warnings(), spec.commandLine().getOut());
    } else {
      ProblemPrinter.text(read.errors(), read.warnings(), spec.commandLine().getOut());
    }
    return read.hasErrors() ? Bpctl.INVALID : Bpctl.OK;
  }
}
