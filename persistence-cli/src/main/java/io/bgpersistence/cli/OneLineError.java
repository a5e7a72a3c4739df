package io.bgpersistence.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/**
 * A failure prints one line; the stack trace only when {@code --debug} was given. Errors too (a
 * stack overflow, memory running out): picocli lets those through its handlers, so the execution
 * strategy catches them and reports them here, as one line and exit 1.
 */
final class OneLineError implements CommandLine.IExecutionExceptionHandler, CommandLine.IExecutionStrategy {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    err.println("bpctl: " + io.bgpersistence.model.PrintableText.escape(message));
    if (DebugOption.isOn(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return cmd.getExitCodeExceptionMapper() != null
        ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
        : Bpctl.INVALID;
  }

  /**
   * picocli's usual strategy (run the last subcommand), with Errors reported instead of thrown.
   * A class, not a lambda, as are bpctl's other picocli callbacks: a lambda of picocli's old-format
   * interfaces keeps them, and the classes using them, out of the class-data archive.
   */
  @Override
  public int execute(CommandLine.ParseResult parsed) {
    try {
      return new CommandLine.RunLast().execute(parsed);
    } catch (StackOverflowError | OutOfMemoryError e) {
      CommandLine cmd = parsed.commandSpec().commandLine();
      PrintWriter err = cmd.getErr();
      err.println("bpctl: internal error: " + (e instanceof StackOverflowError ? "the stack overflowed"
          : "out of memory") + " (" + e.getClass().getName() + "); this is a bug in bpctl, please report it");
      if (DebugOption.isOn(parsed)) {
        e.printStackTrace(err);
      }
      err.flush();
      return Bpctl.INVALID;
    }
  }
}
