package io.bgpersistence.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Stream;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

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
        "2:usage error, unreadable file or output that cannot be written"})
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
   * {@link #commandLine(String...)}); add a command here. Each command's description opens with a
   * one-line summary, which the usage help lists, then an empty line and a paragraph picocli wraps.
   */
  private static final List<Subcommand> SUBCOMMANDS = List.of(
      new Subcommand("validate", ValidateCommand::new, WarmUp.VALIDATOR),
      new Subcommand("render", RenderCommand::new, WarmUp.RENDERER),
      new Subcommand("diff", DiffCommand::new, WarmUp.RENDERER),
      new Subcommand("apply", ApplyCommand::new, WarmUp.RENDERER),
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
   * Command lines with nothing to parse, run without building picocli's model of the command
   * line, which alone costs more than the JVM's start. Each prints exactly what picocli's run
   * prints, or declines (empty) and picocli runs it.
   */
  private static final Map<List<String>, Function<PrintWriter, OptionalInt>> DIRECT = Map.of(
      List.of("--help"), StoredUsage::print,
      List.of("-h"), StoredUsage::print,
      List.of("types"), out -> OptionalInt.of(TypesCommand.print(out)));

  /**
   * Commands given nothing but a document file, run the same way: picocli's start (60-90 ms of the
   * main thread) shares the two cores with the validator's bootstrap, which the command then waits
   * for (cold {@code validate}: 201 against 211 ms and 204 against 221; cold {@code render}: 328
   * against 349 ms and 362 against 375, A/B). Each runs with its options' defaults, which a test
   * holds to picocli's run of the same line, and its output is held until it ends, so only a regular
   * file of at most {@link #HELD_INPUT_BYTES} is run this way: a larger fleet's objects stream
   * through picocli's run, and a pipe could not be read a second time. Should such a run fail, the
   * line runs again through picocli (and so do render extensions, and reading the file).
   */
  private static final Map<String, OneFileCommand> WITH_ONE_FILE = Map.of(
      "validate", ValidateCommand::withDefaults,
      "render", RenderCommand::withDefaults);

  /**
   * The largest input run without picocli: its rendering, held until the end, is about twelve times
   * its size in YAML (a 256 KiB document of 1,200 writers, 3 MB), which any heap a JVM starts with holds.
   */
  static final long HELD_INPUT_BYTES = 256 << 10;

  /** A command of {@link #WITH_ONE_FILE}: its exit code, or empty to leave the line to picocli. */
  interface OneFileCommand {
    OptionalInt run(Path file, PrintWriter out, PrintWriter err);
  }

  /**
   * Runs one command and exits with its code.
   *
   * @param args the command line
   */
  public static void main(String[] args) {
    // Hibernate Validator logs through JBoss Logging: routed to SLF4J, whose no-op logger bpctl
    // ships, it says nothing, and java.util.logging is never started (20-35 ms of a cold run).
    if (System.getProperty("org.jboss.logging.provider") == null) {
      System.setProperty("org.jboss.logging.provider", "slf4j");
    }
    chosen(args).ifPresent(c -> List.of(c.warmUps()).forEach(WarmUp::inBackground));
    StandardOutput standardOutput = new StandardOutput();
    Optional<PrintWriter> stdout = stdoutCharset().map(standardOutput::writer);
    // The writer picocli would make for standard error, made here so that both runs use it.
    Optional<PrintWriter> stderr = standardCharset("sun.stderr.encoding")
        .map(charset -> StandardOutput.writer(System.err, charset));
    if (stdout.isPresent() && stderr.isPresent()) {
      OptionalInt direct = runDirectly(stdout.get(), stderr.get(), args);
      if (direct.isPresent()) {
        System.exit(standardOutput.exitCode(direct.getAsInt(), stdout.get()));
      }
    }
    CommandLine cmd = commandLine(args);
    // Ifs, not stdout.ifPresent(cmd::setOut): a method reference to picocli's Java 5 class keeps
    // that class out of the class-data archive, and every run would load it from the jar.
    if (stdout.isPresent()) {
      cmd.setOut(stdout.get());  // else picocli's own, in the encoding it settles on
    }
    if (stderr.isPresent()) {
      cmd.setErr(stderr.get());
    }
    int code = cmd.execute(args);
    System.exit(stdout.isPresent() ? standardOutput.exitCode(code, stdout.get()) : code);
  }

  /**
   * The encoding picocli writes standard output with: the one the JVM names for it (Java 17 does
   * on a terminal), else the default; empty when the JVM names one this JVM cannot write.
   */
  static Optional<Charset> stdoutCharset() {
    return standardCharset("sun.stdout.encoding");
  }

  /** The encoding the JVM names in this property (one per standard stream), as for standard output. */
  private static Optional<Charset> standardCharset(String property) {
    String named = System.getProperty(property);
    if (named == null) {
      return Optional.of(Charset.defaultCharset());
    }
    try {
      return Optional.of(Charset.forName(named));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /**
   * Runs a command line that needs no parsing, or just a command and a file, without picocli (see
   * {@link #DIRECT} and {@link #WITH_ONE_FILE}).
   *
   * @return the exit code, or empty when picocli must run it
   */
  static OptionalInt runDirectly(PrintWriter out, PrintWriter err, String... args) {
    Function<PrintWriter, OptionalInt> noParsing = DIRECT.get(List.of(args));
    BiFunction<PrintWriter, PrintWriter, OptionalInt> run = null;
    if (noParsing != null) {
      run = (text, errText) -> noParsing.apply(text);
    } else if (args.length == 2 && WITH_ONE_FILE.containsKey(args[0]) && isHeldInput(args[1])) {
      run = (text, errText) -> WITH_ONE_FILE.get(args[0]).run(Path.of(args[1]), text, errText);
    }
    if (run == null || picocliProperties().findAny().isPresent()) {
      return OptionalInt.empty();
    }
    return held(run, out, err);
  }

  /**
   * Runs a command with its output held, then prints it whole (standard error first), or nothing at
   * all: should it fail (a file that cannot be read, say), picocli runs the command again and
   * reports it in its words and with its exit code.
   *
   * @return the exit code, or empty when it failed or declined
   */
  static OptionalInt held(BiFunction<PrintWriter, PrintWriter, OptionalInt> run, PrintWriter out, PrintWriter err) {
    StringWriter text = new StringWriter();
    StringWriter errText = new StringWriter();
    OptionalInt code;
    try {
      code = run.apply(new PrintWriter(text), new PrintWriter(errText));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return OptionalInt.empty();
    }
    code.ifPresent(c -> {
      err.print(errText);
      err.flush();
      out.print(text);
      out.flush();
    });
    return code;
  }

  /**
   * A file name picocli would take as it is (not an option, not standard input and not one of
   * picocli's {@code @argument} files) naming a regular file small enough to hold the output of:
   * should the run fail, picocli reads it again.
   */
  private static boolean isHeldInput(String arg) {
    if (arg.isEmpty() || arg.charAt(0) == '-' || arg.charAt(0) == '@') {
      return false;
    }
    try {
      Path file = Path.of(arg);
      return Files.isRegularFile(file) && Files.size(file) <= HELD_INPUT_BYTES;
    } catch (IOException | InvalidPathException e) {
      return false;  // picocli's run says why
    }
  }

  /** picocli's system properties (trace, names, widths, colours): they change what it prints. */
  static Stream<String> picocliProperties() {
    return System.getProperties().stringPropertyNames().stream().filter(name -> name.startsWith("picocli."));
  }

  /**
   * The configured command line with every subcommand; tests call {@code execute} on it in-process.
   *
   * @return a new command line with bpctl's handlers and exit-code mapper
   */
  public static CommandLine commandLine() {
    return configured(null, Bpctl::built);
  }

  /**
   * The command line for these arguments: when they name a subcommand (other than {@code help}),
   * only that one is built, since the others cannot run; for {@code help}, all of them; otherwise
   * (bpctl's own usage help, a mistyped command and its suggestions) all of them by name and
   * description only, which is all those print. Either way the command behaves and prints the same.
   */
  static CommandLine commandLine(String... args) {
    Optional<Subcommand> chosen = chosen(args);
    if (chosen.isEmpty() && (args.length == 0 || !args[0].equals("help"))) {
      return configured(null, Bpctl::listed);
    }
    return configured(chosen.map(Subcommand::name).orElse(null), Bpctl::built);
  }

  /** The subcommand the arguments name, unless that is {@code help} (which needs all of them). */
  private static Optional<Subcommand> chosen(String... args) {
    return SUBCOMMANDS.stream()
        .filter(c -> args.length > 0 && c.name().equals(args[0]) && !c.name().equals("help"))
        .findFirst();
  }

  private static CommandLine configured(String only, Function<Subcommand, Object> build) {
    CommandLine cmd = new CommandLine(new Bpctl());
    for (Subcommand c : SUBCOMMANDS) {
      if (only == null || only.equals(c.name())) {
        cmd.addSubcommand(c.name(), build.apply(c));
      }
    }
    OneLineError oneLine = new OneLineError();
    return cmd
        .setCaseInsensitiveEnumValuesAllowed(true)  // --format JSON, as document values ignore case
        .setParameterExceptionHandler(new ShortUsageError())
        .setExecutionExceptionHandler(oneLine)
        .setExecutionStrategy(oneLine)
        .setExitCodeExceptionMapper(new ExitCodes());
  }

  /** A subcommand in full: picocli reflects over its options when it is added. */
  private static Object built(Subcommand c) {
    return c.create().get();
  }

  /**
   * A subcommand as bpctl's usage help lists it: its name and description, without picocli
   * reflecting over its options (a dozen commands' worth was most of {@code bpctl --help}'s time).
   */
  private static CommandLine listed(Subcommand c) {
    Object command = c.create().get();
    Command annotation = command.getClass().getAnnotation(Command.class);
    CommandSpec spec = CommandSpec.wrapWithoutInspection(command).name(c.name());
    spec.usageMessage().header(annotation.header()).description(annotation.description());
    return new CommandLine(spec);
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
