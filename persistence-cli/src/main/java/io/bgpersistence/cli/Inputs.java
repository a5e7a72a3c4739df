package io.bgpersistence.cli;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/** Reading a document file for a command: an unreadable file is a usage error (exit 2). */
final class Inputs {
  private Inputs() {}

  static ReadResult read(Path file) {
    if (Files.isDirectory(file)) {
      throw new UnreadableInput("cannot read " + file + ": is a directory", null);
    }
    try {
      return DocumentReader.read(file);
    } catch (NoSuchFileException e) {
      throw new UnreadableInput("cannot read " + file + ": no such file", e);
    } catch (IOException e) {
      throw new UnreadableInput("cannot read " + file + ": " + e.getMessage(), e);
    }
  }
}
