package io.bgpersistence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

@Command(name = "init", mixinStandardHelpOptions = true,
    description = {"Print a starter document that validates.",
        "",
        "Realistic values; for Kafka a writer of every documented type. Edit the names, images and ids to your own;"
            + " remove the writers you do not run."})
final class InitCommand implements Callable<Integer> {
  /** The starters are the shipped examples, copied in at build time. */
  enum Backend {
    kafka,
    pubsub
  }

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Option(names = "--backend", required = true, paramLabel = "kafka|pubsub",
      description = "The message bus: ${COMPLETION-CANDIDATES}.")
  Backend backend;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write to FILE (which must not exist yet) instead of printing; - prints.")
  Path output;

  @Override
  public Integer call() throws IOException {
    String resource = "init/" + backend.name().toLowerCase(Locale.ROOT) + "-example.json";
    String starter;
    try (InputStream in = InitCommand.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("this build of bpctl has no " + backend + " starter");
      }
      starter = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (output != null && !Inputs.isStandardStream(output)) {
      if (output.toString().isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--output: the file name is empty");
      }
      try {
        Files.writeString(output, starter, StandardCharsets.UTF_8, StandardOpenOption.CREATE_NEW);
      } catch (java.nio.file.FileAlreadyExistsException e) {
        throw new UnreadableInput(output + " exists already: not overwriting it", e);
      } catch (java.nio.file.NoSuchFileException e) {
        Path dir = output.toAbsolutePath().getParent();
        throw new UnreadableInput("cannot write " + output + ": the directory " + dir + " does not exist", e);
      } catch (IOException e) {
        throw new UnreadableInput("cannot write " + output + ": " + Inputs.reason(e), e);
      }
    } else {
      spec.commandLine().getOut().print(starter);
      spec.commandLine().getOut().flush();
    }
    return Bpctl.OK;
  }
}
