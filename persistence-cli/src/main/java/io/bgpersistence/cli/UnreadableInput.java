package io.bgpersistence.cli;

/** A file that cannot be read at all: a usage problem (exit 2), not an invalid document (exit 1). */
public final class UnreadableInput extends RuntimeException {
  public UnreadableInput(String message, Throwable cause) {
    super(message, cause);
  }
}
