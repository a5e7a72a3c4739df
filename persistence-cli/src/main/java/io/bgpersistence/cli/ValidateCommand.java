package io.bgpersistence.cli;

import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.OptionalInt;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Check a document and report every problem at once.",
        "",
        "Errors first, then warnings; exit 1 when there is an error (with --strict, any problem)."})
final class ValidateCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--format", defaultValue = "text", description = "text or json (default: ${DEFAULT-VALUE}).")
  OutputFormat format;

  @Option(names = "--strict", description = "Treat warnings (unknown fields, floating images, …) as errors.")
  boolean strict;

  @Override
  public Integer call() {
    return run(file, format, strict, spec.commandLine().getOut());
  }

  /** {@code bpctl validate FILE}: the options' defaults (a test holds them to picocli's). */
  static OptionalInt withDefaults(Path file, PrintWriter out, PrintWriter err) {
    return OptionalInt.of(run(file, OutputFormat.text, false, out));
  }

  private static int run(Path file, OutputFormat format, boolean strict, PrintWriter out) {
    ValidationReport report = DocumentValidator.standard().validate(Inputs.read(file));
    if (strict) {
      report = report.strict();
    }
    if (format == OutputFormat.json) {
      ProblemPrinter.json(report.errors(), report.warnings(), out);
    } else {
      ProblemPrinter.text(report.errors(), report.warnings(), out);
    }
    return report.ok() ? Bpctl.OK : Bpctl.INVALID;
  }
}
