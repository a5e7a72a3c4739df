package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ReadResult;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "fmt", mixinStandardHelpOptions = true,
    description = {"Print the document in canonical form: fixed key order, two-space indent,",
        "unknown fields kept after the known ones. fmt of its own output is the same bytes."})
final class FmtCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON).")
  Path file;

  @Option(names = {"-w", "--write"}, description = "Rewrite FILE in place instead of printing.")
  boolean write;

  @Override
  public Integer call() throws IOException {
    ReadResult read = Inputs.read(file);
    if (read.document().isEmpty()) {
      ProblemPrinter.text(read.errors(), read.warnings(), spec.commandLine().getErr());
      return Bpctl.INVALID;
    }
    String canonical = PersistenceJson.canonical(read.document().get());
    if (write) {
      Files.writeString(file, canonical, StandardCharsets.UTF_8);
    } else {
      spec.commandLine().getOut().print(canonical);
      spec.commandLine().getOut().flush();
    }
    return Bpctl.OK;
  }
}
