package io.bgpersistence.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A bad command line gets one line and a hint, not the whole usage text; exit 2. */
final class ShortUsageError implements CommandLine.IParameterExceptionHandler {
  @Override
  public int handleParseException(CommandLine.ParameterException ex, String[] args) {
    CommandLine cmd = ex.getCommandLine();
    PrintWriter err = cmd.getErr();
    err.println("bpctl: " + ex.getMessage());
    CommandLine.UnmatchedArgumentException.printSuggestions(ex, err);
    err.println("Try '" + cmd.getCommandSpec().qualifiedName() + " --help' for more information.");
    err.flush();
    return Bpctl.USAGE;
  }
}
