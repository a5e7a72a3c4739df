package io.bgpersistence.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bpctl}: describe, check and deploy a fleet of background persistence writers. */
@Command(
    name = "bpctl",
    mixinStandardHelpOptions = true,
    versionProvider = Bpctl.Version.class,
    description = "Describe, check and deploy a fleet of background persistence writers.",
    subcommands = {
        ValidateCommand.class,
        RenderCommand.class,
        DiffCommand.class,
        ApplyCommand.class,
        FmtCommand.class,
        TypesCommand.class,
        InitCommand.class,
        SchemaCommand.class,
        PreflightCommand.class,
        ProvisionCommand.class,
        StatusCommand.class,
        CommandLine.HelpCommand.class,
    },
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input is invalid or a check failed",
        "2:usage error or unreadable file"})
public final class Bpctl {
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input is invalid or a check failed. */
  public static final int INVALID = 1;
  /** Exit code: a usage error, an option out of range, or a file that cannot be read or written. */
  public static final int USAGE = 2;

  /**
   * Runs one command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    System.exit(commandLine().execute(args));
  }

  /**
   * The configured command line; tests call {@code execute} on it in-process.
   *
   * @return a new command line with bpctl's handlers and exit-code mapper
   */

  public static CommandLine commandLine() {
    return new CommandLine(new Bpctl())
        .setParameterExceptionHandler(new ShortUsageError())
        .setExecutionExceptionHandler(new OneLineError())
        .setExecutionStrategy(OneLineError::runLast)
        .setExitCodeExceptionMapper(t -> t instanceof UnreadableInput ? USAGE : INVALID);
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Bpctl.class.getPackage().getImplementationVersion();
      return new String[] {"bpctl " + (v == null ? "(development build)" : v)};
    }
  }
}
