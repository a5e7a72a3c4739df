package io.bgpersistence.cli;

import io.bgpersistence.model.Suggestions;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine;

/** A bad command line gets one line and a hint, not the whole usage text; exit 2. */
final class ShortUsageError implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    Optional<String> unknownCommand = unknownCommand(ex, cmd);
    if (unknownCommand.isPresent()) {
      // picocli's own guesses are loose (bogus -> status); only a likely typo is suggested.
      err.println("bpctl: unknown command '" + io.bgpersistence.model.PrintableText.escape(unknownCommand.get()) + "'");
      Suggestions.closest(unknownCommand.get(), cmd.getSubcommands().keySet())
          .ifPresent(c -> err.println("Did you mean: bpctl " + c + "?"));
      err.println("Try 'bpctl --help' for the commands.");
      err.flush();
      return Bpctl.USAGE;
    }
    // picocli describes an option as "option '--x'", after its own "Value for option".
    err.println("bpctl: " + ex.getMessage().replace("option option '", "option '"));
    Optional<String> closeOption = ex instanceof CommandLine.UnmatchedArgumentException u && u.isUnknownOption()
        && u.getSuggestions().isEmpty() ? closestOption(u, cmd) : Optional.empty();
    if (closeOption.isPresent()) {
      // picocli's measure misses a swap of two letters (--fromat); the documents' own one does not.
      err.println("Possible solutions: " + closeOption.get());
    } else {
      CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    }
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return Bpctl.USAGE;
  }

  /** The first word, when it should have named a command and names none. */
  private static Optional<String> unknownCommand(CommandLine.ParameterException ex, CommandLine cmd) {
    if (!(ex instanceof CommandLine.UnmatchedArgumentException u) || u.isUnknownOption()
        || cmd.getSubcommands().isEmpty() || cmd.getParent() != null || u.getUnmatched().isEmpty()) {
      return Optional.empty();
    }
    String first = u.getUnmatched().get(0);
    return first.startsWith("-") ? Optional.empty() : Optional.of(first);
  }

  private static Optional<String> closestOption(CommandLine.UnmatchedArgumentException u, CommandLine cmd) {
    // Long options only: a one-letter one is too short for any guess to mean something.
    List<String> longOptions = cmd.getCommandSpec().optionsMap().keySet().stream().filter(o -> o.startsWith("--")).toList();
    return u.getUnmatched().stream().filter(a -> a.startsWith("--")).findFirst()
        .flatMap(a -> Suggestions.closest(a.split("=", 2)[0], longOptions));
  }
}
