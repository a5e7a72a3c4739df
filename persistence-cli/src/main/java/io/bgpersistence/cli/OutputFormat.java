package io.bgpersistence.cli;

/** {@code --format} of the commands that report problems. */
enum OutputFormat {
  text,
  json
}
