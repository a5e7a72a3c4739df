package io.bgpersistence.cli;

import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** {@code bpctl}: describe, check and deploy a fleet of background persistence writers. */
@Command(
    name = "bpctl",
    mixinStandardHelpOptions = true,
    versionProvider = Bpctl.Version.class,
    description = "Describe, check and deploy a fleet of background persistence writers.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        "0:success",
        "1:the input is invalid or a check failed",
        "2:usage error or unreadable file"})
public final class Bpctl {
  public static final int OK = 0;
  public static final int INVALID = 1;
  public static final int USAGE = 2;

  /**
   * The subcommands, in the order the usage help lists them. picocli builds a command's model by
   * reflecting over its class, so a run builds only the model of the command it runs (see
   * {@link #commandLine(String...)}); add a command here.
   */
  private static final List<Map.Entry<String, Supplier<Object>>> SUBCOMMANDS = List.of(
      Map.entry("validate", ValidateCommand::new),
      Map.entry("render", RenderCommand::new),
      Map.entry("diff", DiffCommand::new),
      Map.entry("apply", ApplyCommand::new),
      Map.entry("fmt", FmtCommand::new),
      Map.entry("types", TypesCommand::new),
      Map.entry("init", InitCommand::new),
      Map.entry("schema", SchemaCommand::new),
      Map.entry("preflight", PreflightCommand::new),
      Map.entry("help", CommandLine.HelpCommand::new));

  public static void main(String[] args) {
    System.exit(commandLine(args).execute(args));
  }

  /** The configured command line with every subcommand; tests call {@code execute} on it in-process. */
  public static CommandLine commandLine() {
    return configured(null);
  }

  /**
   * The command line for these arguments: when they name a subcommand (other than {@code help}),
   * only that one is built, since the others cannot run; otherwise (the usage help, a mistyped
   * command and its suggestions) all of them. Either way the command behaves and prints the same.
   */
  static CommandLine commandLine(String... args) {
    String chosen = args.length > 0 && !args[0].equals("help") ? args[0] : null;
    boolean known = SUBCOMMANDS.stream().anyMatch(e -> e.getKey().equals(chosen));
    return configured(known ? chosen : null);
  }

  private static CommandLine configured(String only) {
    CommandLine cmd = new CommandLine(new Bpctl());
    for (Map.Entry<String, Supplier<Object>> e : SUBCOMMANDS) {
      if (only == null || only.equals(e.getKey())) {
        cmd.addSubcommand(e.getKey(), e.getValue().get());
      }
    }
    return cmd
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
