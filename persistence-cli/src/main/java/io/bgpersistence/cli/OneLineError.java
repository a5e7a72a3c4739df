package io.bgpersistence.cli;

import java.io.PrintWriter;
import picocli.CommandLine;

/** A failure prints one line; the stack trace only when {@code --debug} was given. */
final class OneLineError implements CommandLine.IExecutionExceptionHandler {
  @Override
  public int handleExecutionException(Exception ex, CommandLine cmd, CommandLine.ParseResult parsed) {
    PrintWriter err = cmd.getErr();
    String message = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
    err.println("bpctl: " + message);
    if (DebugOption.isOn(parsed)) {
      ex.printStackTrace(err);
    }
    err.flush();
    return cmd.getExitCodeExceptionMapper() != null
        ? cmd.getExitCodeExceptionMapper().getExitCode(ex)
        : Bpctl.INVALID;
  }
}
