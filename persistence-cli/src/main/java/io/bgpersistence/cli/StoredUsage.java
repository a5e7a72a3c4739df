package io.bgpersistence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * bpctl's own usage help, as picocli prints it without colours, written at build time beside the
 * classes ({@link #main}, run by the build). {@code bpctl --help} prints it without building
 * picocli's model of the command line, which alone takes longer than the JVM's start. Where picocli
 * would print something else (in colour, as its system properties say, with other line ends), it is
 * not used.
 */
final class StoredUsage {
  private static final String RESOURCE = "usage.txt";
  /** picocli's default, set explicitly so that the build's own settings cannot change the text. */
  private static final int WIDTH = 80;

  private StoredUsage() {}

  /**
   * Prints the stored usage help when it is what picocli would print here: not in colour, with
   * {@code \n} line ends, and with none of picocli's system properties set (they change names,
   * widths and colours).
   *
   * @return the exit code, or empty when picocli must print it
   */
  static OptionalInt print(PrintWriter out) {
    if (!System.lineSeparator().equals("\n") || picocliConfigured() || Ansi.AUTO.enabled()) {
      return OptionalInt.empty();
    }
    try (InputStream in = StoredUsage.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return OptionalInt.empty();
      }
      out.print(new String(in.readAllBytes(), StandardCharsets.UTF_8));
      out.flush();
      return OptionalInt.of(Bpctl.OK);
    } catch (IOException e) {
      return OptionalInt.empty();
    }
  }

  private static boolean picocliConfigured() {
    return System.getProperties().stringPropertyNames().stream().anyMatch(name -> name.startsWith("picocli."));
  }

  /** The usage help as picocli prints it without colours, at its default width, with {@code \n} line ends. */
  static String fromPicocli() {
    StringWriter text = new StringWriter();
    CommandLine cmd = Bpctl.commandLine("--help");
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(Ansi.OFF));
    cmd.setUsageHelpWidth(WIDTH);
    cmd.setOut(new PrintWriter(text, true));
    cmd.execute("--help");
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /**
   * Build time: writes the usage help to the file named.
   *
   * @param args the file to write
   */
  public static void main(String[] args) {
    try {
      Files.writeString(Path.of(args[0]), fromPicocli(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
