package io.bgpersistence.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.OptionalInt;
import picocli.CommandLine;
import picocli.CommandLine.Help.Ansi;

/**
 * bpctl's own usage help, as picocli prints it without colours and with them, written at build time
 * beside the classes ({@link #main}, run by the build). {@code bpctl --help} prints the one picocli
 * would print here (in colour on a terminal) without building picocli's model of the command line,
 * which alone takes longer than the JVM's start. Where picocli would print something else (as its
 * system properties say, or with other line ends), picocli prints it.
 */
final class StoredUsage {
  /** picocli's default, set explicitly so that the build's own settings cannot change the text. */
  private static final int WIDTH = 80;

  /** The two texts: picocli prints in colour where its {@link Ansi#AUTO} finds a terminal. */
  enum Variant {
    PLAIN("usage.txt", Ansi.OFF),
    COLOUR("usage-colour.txt", Ansi.ON);

    private final String resource;
    private final Ansi ansi;

    Variant(String resource, Ansi ansi) {
      this.resource = resource;
      this.ansi = ansi;
    }

    static Variant here() {
      return Ansi.AUTO.enabled() ? COLOUR : PLAIN;
    }
  }

  private StoredUsage() {}

  /**
   * Prints the stored usage help picocli would print here (bpctl has already checked that none of
   * picocli's system properties is set), when lines end with {@code \n}.
   *
   * @return the exit code, or empty when picocli must print it
   */
  static OptionalInt print(PrintWriter out) {
    if (!System.lineSeparator().equals("\n")) {
      return OptionalInt.empty();
    }
    Optional<String> text = stored(Variant.here());
    text.ifPresent(t -> {
      out.print(t);
      out.flush();
    });
    return text.isPresent() ? OptionalInt.of(Bpctl.OK) : OptionalInt.empty();
  }

  /** The text the build stored, if it did. */
  static Optional<String> stored(Variant variant) {
    try (InputStream in = StoredUsage.class.getResourceAsStream(variant.resource)) {
      return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }

  /** The usage help as picocli prints it, at its default width, with {@code \n} line ends. */
  static String fromPicocli(Variant variant) {
    StringWriter text = new StringWriter();
    CommandLine cmd = Bpctl.commandLine("--help");
    cmd.setColorScheme(CommandLine.Help.defaultColorScheme(variant.ansi));
    cmd.setUsageHelpWidth(WIDTH);
    cmd.setOut(new PrintWriter(text, true));
    cmd.execute("--help");
    return text.toString().replace(System.lineSeparator(), "\n");
  }

  /**
   * Build time: writes both texts into the directory named.
   *
   * @param args the directory
   */
  public static void main(String[] args) {
    // The build's own picocli settings (colours, say) must not end up in the stored texts.
    Bpctl.picocliProperties().toList().forEach(System::clearProperty);
    try {
      for (Variant v : Variant.values()) {
        Files.writeString(Path.of(args[0], v.resource), fromPicocli(v), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
