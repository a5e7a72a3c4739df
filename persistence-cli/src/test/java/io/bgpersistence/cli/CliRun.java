package io.bgpersistence.cli;

import java.io.File;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import picocli.CommandLine;

/** One in-process run of bpctl: exit code, stdout and stderr. */
record CliRun(int exitCode, String out, String err) {
  static CliRun of(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cmd = Bpctl.commandLine(args);
    cmd.setOut(new PrintWriter(out, true));
    cmd.setErr(new PrintWriter(err, true));
    int code = cmd.execute(args);
    return new CliRun(code, out.toString(), err.toString());
  }

  /**
   * One run of bpctl as users run it, in a new JVM, its environment changed by {@code environment}.
   * Its output goes to files in {@code dir}, not pipes: a run that hangs fails the test after 120 s
   * instead of blocking it on a read.
   */
  static CliRun inNewJvm(Path dir, Consumer<Map<String, String>> environment, String... args) throws Exception {
    ProcessBuilder builder = new ProcessBuilder(inNewJvm(List.of(), args));
    environment.accept(builder.environment());
    File out = dir.resolve("out").toFile();
    File err = dir.resolve("err").toFile();
    Process p = builder.redirectOutput(out).redirectError(err).start();
    if (!p.waitFor(120, TimeUnit.SECONDS)) {
      p.destroyForcibly();
      throw new AssertionError("bpctl " + String.join(" ", args) + " did not end within 120 s");
    }
    return new CliRun(p.exitValue(), Files.readString(out.toPath(), StandardCharsets.UTF_8),
        Files.readString(err.toPath(), StandardCharsets.UTF_8));
  }

  /** The command line that runs bpctl as users run it, in a new JVM with this test's class path. */
  static List<String> inNewJvm(List<String> jvmOptions, String... args) {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
    command.addAll(jvmOptions);
    command.addAll(List.of("-cp", System.getProperty("java.class.path"), Bpctl.class.getName()));
    command.addAll(List.of(args));
    return command;
  }
}
