package io.bgpersistence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
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
    err.println("bpctl: " + io.bgpersistence.model.PrintableText.escape(message(ex)));
    if (DebugOption.isOn(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return cmd.getExitCodeExceptionMapper() != null
        ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
        : Bpctl.INVALID;
  }

  /**
   * The message of an exception bpctl raised itself, or of the JDK failing to read or write a file
   * (the file and the system's reason); of any other, only its class: a library's message may quote
   * what it was reading (a parser's excerpt of a config file holding a token, say).
   */
  static String message(Exception ex) {
    Throwable t = ex instanceof UncheckedIOException && ex.getCause() != null ? ex.getCause() : ex;
    StackTraceElement[] at = t.getStackTrace();
    String thrower = at.length > 0 ? at[0].getClassName() : "";
    // Ours by where it was thrown, or by its class (one made without a stack trace, say).
    boolean ours = thrower.startsWith("io.bgpersistence.") || t.getClass().getName().startsWith("io.bgpersistence.");
    boolean fileFault = t instanceof IOException && (thrower.startsWith("java.") || thrower.startsWith("sun.")
        || thrower.startsWith("jdk."));
    return t.getMessage() != null && (ours || fileFault) ? t.getMessage() : t.getClass().getName() + " (--debug shows where)";
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
