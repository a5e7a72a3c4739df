package io.bgpersistence.kafka.client;

/**
 * The document or the credential cannot give working Kafka client settings: no bootstrap servers,
 * a SASL protocol without a credential, a credential that is not {@code {"username", "password"}}.
 * The message says what is missing and never contains a credential.
 */
public final class KafkaSettingsException extends IllegalArgumentException {
  /**
   * A refusal that says what is missing.
   *
   * @param message what is wrong, never a credential
   */
  public KafkaSettingsException(String message) {

    super(message);
  }
}
