package io.bgpersistence.preflight;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a preflight check gets: the (valid) document, the time it may take, and what the user gave
 * outside the document. The Kafka credential is the secret manager's value of the secret that
 * {@code kafka_sasl_secret} names, e.g. {@code {"username": "…", "password": "…"}}; it never comes
 * from the document and is never printed. {@code options} carries backend-specific settings such
 * as an endpoint override, keyed {@code <backend>.<name>}.
 *
 * @param document the valid document
 * @param timeout how long a check may take
 * @param kafkaSaslSecret the value of the secret {@code kafka_sasl_secret} names, when given
 * @param options backend-specific settings, keyed {@code <backend>.<name>}
 */
public record PreflightContext(
    PersistenceDocument document,
    Duration timeout,
    Optional<SecretValue> kafkaSaslSecret,
    Map<String, String> options) {

  /**
   * A context; the options are copied.
   *
   * @param document the valid document
   * @param timeout how long a check may take
   * @param kafkaSaslSecret the value of the secret {@code kafka_sasl_secret} names, when given
   * @param options backend-specific settings, keyed {@code <backend>.<name>}
   */
  public PreflightContext {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(timeout, "timeout");
    Objects.requireNonNull(kafkaSaslSecret, "kafkaSaslSecret");
    options = Map.copyOf(options);
  }

  /**
   * A context with nothing but the document and the timeout.
   *
   * @param document the valid document
   * @param timeout how long a check may take
   * @return the context
   */
  public static PreflightContext of(PersistenceDocument document, Duration timeout) {
    return new PreflightContext(document, timeout, Optional.empty(), Map.of());
  }

  /**
   * One backend-specific setting.
   *
   * @param key {@code <backend>.<name>}, e.g. {@code pubsub.endpoint}
   * @return its value, or empty
   */
  public Optional<String> option(String key) {

    return Optional.ofNullable(options.get(key));
  }
}
