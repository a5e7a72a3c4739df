package io.bgpersistence.cli;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/** {@code --debug}, on every command: stack traces for failures (secrets stay redacted). */
public final class DebugOption {
  @Option(names = "--debug", description = "Print stack traces of failures.")
  boolean debug;

  static boolean isOn(CommandLine.ParseResult parsed) {
    for (CommandLine.ParseResult p = parsed; p != null; p = p.subcommand()) {
      if (p.hasMatchedOption("--debug")) {
        return true;
      }
    }
    return false;
  }
}
