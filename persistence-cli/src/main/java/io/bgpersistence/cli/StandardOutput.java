package io.bgpersistence.cli;

import java.io.BufferedWriter;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Standard output that remembers why a write failed: a {@code PrintWriter} (and {@code System.out})
 * only notes that one did, so {@code bpctl render > out.yaml} on a full disk would end as a success
 * with a cut file. A reader that went away ({@code bpctl render | head}) is no failure of bpctl's.
 */
final class StandardOutput extends OutputStream {
  private final OutputStream out = new FileOutputStream(FileDescriptor.out);
  private IOException failure;

  /** A writer over standard output in this encoding, flushing at each line as picocli's does. */
  PrintWriter writer(Charset charset) {
    return writer(this, charset);
  }

  /** The writer picocli makes over a standard stream: buffered, flushing at each line. */
  static PrintWriter writer(OutputStream stream, Charset charset) {
    return new PrintWriter(new BufferedWriter(new OutputStreamWriter(stream, charset)), true);
  }

  @Override
  public void write(int b) throws IOException {
    try {
      out.write(b);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  @Override
  public void write(byte[] bytes, int offset, int length) throws IOException {
    try {
      out.write(bytes, offset, length);
    } catch (IOException e) {
      throw failed(e);
    }
  }

  private IOException failed(IOException e) {
    if (failure == null) {
      failure = e;
    }
    return e;
  }

  /** Why output was lost, unless its reader went away (a pipe or socket it closed): the system's reason. */
  Optional<String> lost() {
    if (failure == null || toAReader()) {
      return Optional.empty();
    }
    return Optional.of(failure.getMessage() == null ? failure.getClass().getSimpleName() : failure.getMessage());
  }

  /**
   * Whether standard output is a pipe or a socket, whose only write fault is that the reader left.
   * Asked of the file itself: the system's message for that fault is in the user's language.
   */
  private boolean toAReader() {
    try {
      int type = (Integer) Files.getAttribute(Path.of("/dev/stdout"), "unix:mode") & S_IFMT;
      return type == S_IFIFO || type == S_IFSOCK;
    } catch (IOException | RuntimeException e) {
      // No /dev/stdout or no unix attributes (Windows): the English words, as a last resort.
      return String.valueOf(failure.getMessage()).toLowerCase(java.util.Locale.ROOT).contains("broken pipe");
    }
  }

  private static final int S_IFMT = 0170000;
  private static final int S_IFIFO = 0010000;
  private static final int S_IFSOCK = 0140000;

  /** The command's exit code, or 2 and why when its output was lost. */
  int exitCode(int code, PrintWriter stdout) {
    stdout.flush();
    Optional<String> lost = lost();
    if (lost.isEmpty()) {
      return code;
    }
    System.err.println("bpctl: cannot write standard output: " + lost.get());
    return Bpctl.USAGE;
  }
}
