package io.bgpersistence.cli;

/** {@code --format} of the commands that report problems. */
public enum OutputFormat {
  text,
  json
}
