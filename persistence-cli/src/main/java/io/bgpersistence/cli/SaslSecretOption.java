package io.bgpersistence.cli;

import io.bgpersistence.model.SecretValue;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import picocli.CommandLine.Option;

/**
 * The Kafka credential of {@code preflight}, {@code provision} and {@code status}: the value of the
 * secret {@code kafka_sasl_secret} names, from {@code --sasl-secret-file} or the environment
 * variable {@value #ENV}; never from the document, never printed.
 */
final class SaslSecretOption {
  /** Where the Kafka credential comes from when no file is given (never from the document). */
  static final String ENV = "BPCTL_KAFKA_SASL_SECRET";
  /** A credential is a few hundred bytes; a larger file is the wrong file. */
  static final int MAX_FILE_BYTES = 64 * 1024;
  /** What to say when a command needs the credential and has none. */
  static final String HOW = "pass it with --sasl-secret-file FILE or in " + ENV;

  @Option(names = "--sasl-secret-file", paramLabel = "FILE",
      description = "The value of the secret kafka_sasl_secret names, as the secret manager holds it:"
          + " {\"username\": \"...\", \"password\": \"...\"}. Default: $" + ENV + ".")
  Path file;

  Optional<SecretValue> secret() {
    if (file != null) {
      byte[] bytes = Inputs.readSmall(file, MAX_FILE_BYTES, "the SASL secret file");
      return Optional.of(new SecretValue(new String(bytes, StandardCharsets.UTF_8).strip()));
    }
    return Optional.ofNullable(LiveOptions.environment.apply(ENV)).filter(s -> !s.isBlank()).map(SecretValue::new);
  }
}
