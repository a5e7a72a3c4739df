package io.bgpersistence.cli;

/** A file that cannot be read at all: a usage problem (exit 2), not an invalid document (exit 1). */
final class UnreadableInput extends RuntimeException {
  UnreadableInput(String message, Throwable cause) {
    super(message, cause);
  }
}
