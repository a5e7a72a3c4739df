package io.bgpersistence.preflight;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.WriterTypeRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What a preflight check gets: the (valid) document, the time it may take, what the user gave
 * outside the document, and the writer types of the validator the {@link Preflight} was built with.
 * The Kafka credential is the secret manager's value of the secret that {@code kafka_sasl_secret}
 * names, e.g. {@code {"username": "…", "password": "…"}}; it never comes from the document and is
 * never printed. {@code options} carries backend-specific settings such as an endpoint override,
 * keyed {@code <backend>.<name>}.
 */
public final class PreflightContext {
  private final PersistenceDocument document;
  private final Duration timeout;
  private final Optional<SecretValue> kafkaSaslSecret;
  private final Map<String, String> options;
  private final WriterTypeRegistry registry;

  /**
   * A context; the options are copied.
   *
   * @param document the valid document
   * @param timeout how long a check may take
   * @param kafkaSaslSecret the value of the secret {@code kafka_sasl_secret} names, when given
   * @param options backend-specific settings, keyed {@code <backend>.<name>}
   */
  public PreflightContext(PersistenceDocument document, Duration timeout, Optional<SecretValue> kafkaSaslSecret,
      Map<String, String> options) {
    this(document, timeout, kafkaSaslSecret, options, WriterTypeRegistry.builtIn());
  }

  private PreflightContext(PersistenceDocument document, Duration timeout, Optional<SecretValue> kafkaSaslSecret,
      Map<String, String> options, WriterTypeRegistry registry) {
    this.document = Objects.requireNonNull(document, "document");
    this.timeout = Objects.requireNonNull(timeout, "timeout");
    this.kafkaSaslSecret = Objects.requireNonNull(kafkaSaslSecret, "kafkaSaslSecret");
    this.options = Map.copyOf(options);
    this.registry = registry;
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

  /** The same context, as a {@link Preflight} hands it to its extensions: with its validator's types. */
  PreflightContext withRegistry(WriterTypeRegistry registry) {
    return new PreflightContext(document, timeout, kafkaSaslSecret, options, registry);
  }

  /**
   * The document, which its validator accepted.
   *
   * @return the document
   */
  public PersistenceDocument document() {
    return document;
  }

  /**
   * How long a check may take.
   *
   * @return the timeout
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * The value of the secret {@code kafka_sasl_secret} names, when given.
   *
   * @return the credential, or empty
   */
  public Optional<SecretValue> kafkaSaslSecret() {
    return kafkaSaslSecret;
  }

  /**
   * Backend-specific settings, keyed {@code <backend>.<name>}.
   *
   * @return the settings
   */
  public Map<String, String> options() {
    return options;
  }

  /**
   * The writer types whose buses are checked: those of the validator the running {@link Preflight}
   * was built with (the built-in ones when an extension is run by hand, outside a preflight).
   *
   * @return the registry
   */
  public WriterTypeRegistry registry() {
    return registry;
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
