package io.bgpersistence.cli;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.util.function.Supplier;

/**
 * Reading a document file for a command: {@code -} is standard input; every source is read only up
 * to the document limit, whatever it is (a pipe, {@code /dev/zero}). A file that cannot be read is a
 * usage error (exit 2), said in our words with the cause.
 */
public final class Inputs {
  /** The name that stands for standard input. */
  static final String STDIN = "-";

  /** Standard input, replaceable in tests. */
  static Supplier<InputStream> stdin = () -> System.in;

  private Inputs() {}

  /**
   * Reads a document file ({@code -} is standard input) up to the limit.
   *
   * @param file the document file to read; {@code -} reads standard input
   * @return the document or its problems
   */
  public static ReadResult read(Path file) {
    if (isStandardStream(file)) {
      try {
        return DocumentReader.read(stdin.get());
      } catch (IOException e) {
        throw new UnreadableInput("cannot read standard input: " + reason(e), e);
      }
    }
    requireFile(file, "");
    try {
      return DocumentReader.read(file);
    } catch (IOException e) {
      throw new UnreadableInput("cannot read " + file + ": " + reason(e), e);
    }
  }

  /** A small file (a credential, say), read up to {@code limit} bytes; longer is an error. */
  static byte[] readSmall(Path file, int limit, String what) {
    requireFile(file, what);
    try (InputStream in = Files.newInputStream(file)) {
      byte[] bytes = in.readNBytes(limit + 1);
      if (bytes.length > limit) {
        throw new UnreadableInput("cannot read " + what + " " + file + ": it is larger than " + limit + " bytes", null);
      }
      return bytes;
    } catch (IOException e) {
      throw new UnreadableInput("cannot read " + what + " " + file + ": " + reason(e), e);
    }
  }

  /** Refuses a name no file can have (empty) or a directory; {@code what} says what the file is for, or is empty. */
  private static void requireFile(Path file, String what) {
    if (file.toString().isEmpty()) {
      throw new UnreadableInput("cannot read " + (what.isEmpty() ? "the file" : what) + ": its name is empty", null);
    }
    if (Files.isDirectory(file)) {
      throw new UnreadableInput("cannot read " + (what.isEmpty() ? "" : what + " ") + file + ": it is a directory", null);
    }
  }

  /** Whether the file named is "-": standard input where a file is read, standard output where written. */
  static boolean isStandardStream(Path file) {
    return file.toString().equals(STDIN);
  }

  /** What went wrong with a file, in words: never just the file's name again. */
  static String reason(IOException e) {
    if (e instanceof NoSuchFileException) {
      return "no such file or directory";
    }
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof NotDirectoryException) {
      return "a part of the path is not a directory";
    }
    if (e instanceof FileSystemException f && f.getReason() != null) {
      return f.getReason();
    }
    String message = e.getMessage();
    return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
  }
}
