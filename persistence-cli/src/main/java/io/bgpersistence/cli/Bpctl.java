package io.bgpersistence.cli;

import java.util.List;
import java.util.Optional;
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
  /** Exit code: success. */
  public static final int OK = 0;
  /** Exit code: the input is invalid or a check failed. */
  public static final int INVALID = 1;
  /** Exit code: a usage error, an option out of range, or a file that cannot be read or written. */
  public static final int USAGE = 2;

  /**
   * The subcommands, in the order the usage help lists them. picocli builds a command's model by
   * reflecting over its class, so a run builds only the model of the command it runs (see
   * {@link #commandLine(String...)}); add a command here.
   */
  private static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("validate", ValidateCommand::new, WarmUp.VALIDATOR),
      new Subcommand("render", RenderCommand::new, WarmUp.VALIDATOR),
      new Subcommand("diff", DiffCommand::new, WarmUp.VALIDATOR),
      new Subcommand("apply", ApplyCommand::new, WarmUp.VALIDATOR),
      new Subcommand("fmt", FmtCommand::new),
      new Subcommand("types", TypesCommand::new),
      new Subcommand("init", InitCommand::new),
      new Subcommand("schema", SchemaCommand::new),
      new Subcommand("preflight", PreflightCommand::new, WarmUp.VALIDATOR),
      new Subcommand("provision", ProvisionCommand::new, WarmUp.VALIDATOR),
      new Subcommand("status", StatusCommand::new, WarmUp.VALIDATOR),
      // A lambda, not CommandLine.HelpCommand::new: a method reference loads the class at start-up.
      new Subcommand("help", () -> new CommandLine.HelpCommand()));

  /** A subcommand: its name, how to make it, and the start-up work it will need ({@link WarmUp}). */
  private record Subcommand(String name, Supplier<Object> create, WarmUp... warmUps) {}

  /**
   * Runs one command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    chosen(args).ifPresent(c -> List.of(c.warmUps()).forEach(WarmUp::inBackground));
    System.exit(commandLine(args).execute(args));
  }

  /**
   * The configured command line with every subcommand; tests call {@code execute} on it in-process.
   *
   * @return a new command line with bpctl's handlers and exit-code mapper
   */
  public static CommandLine commandLine() {
    return configured(null);
  }

  /**
   * The command line for these arguments: when they name a subcommand (other than {@code help}),
   * only that one is built, since the others cannot run; otherwise (the usage help, a mistyped
   * command and its suggestions) all of them. Either way the command behaves and prints the same.
   */
  static CommandLine commandLine(String... args) {
    return configured(chosen(args).map(Subcommand::name).orElse(null));
  }

  /** The subcommand the arguments name, unless that is {@code help} (which needs all of them). */
  private static Optional<Subcommand> chosen(String... args) {
    return SUBCOMMANDS.stream()
        .filter(c -> args.length > 0 && c.name().equals(args[0]) && !c.name().equals("help"))
        .findFirst();
  }

  private static CommandLine configured(String only) {
    CommandLine cmd = new CommandLine(new Bpctl());
    for (Subcommand c : SUBCOMMANDS) {
      if (only == null || only.equals(c.name())) {
        cmd.addSubcommand(c.name(), c.create().get());
      }
    }
    OneLineError oneLine = new OneLineError();
    return cmd
        .setParameterExceptionHandler(new ShortUsageError())
        .setExecutionExceptionHandler(oneLine)
        .setExecutionStrategy(oneLine)
        .setExitCodeExceptionMapper(new ExitCodes());
  }

  /** An unreadable input is a usage error; any other failure, an invalid input or failed check. */
  private static final class ExitCodes implements CommandLine.IExitCodeExceptionMapper {
    @Override
    public int getExitCode(Throwable t) {
      return t instanceof UnreadableInput ? USAGE : INVALID;
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Bpctl.class.getPackage().getImplementationVersion();
      return new String[] {"bpctl " + (v == null ? "(development build)" : v)};
    }
  }
}
