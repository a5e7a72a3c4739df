package io.bgpersistence.model;

/** Kafka's {@code security.protocol} values. */
public enum KafkaSecurityProtocol implements WireValue {
  /** No authentication, no encryption (Kafka's default). */
  PLAINTEXT(false, false),
  /** TLS, no SASL. */
  SSL(false, true),
  /** SASL authentication over cleartext. */
  SASL_PLAINTEXT(true, false),
  /** SASL authentication over TLS. */
  SASL_SSL(true, true);

  /** What Kafka's clients use when {@code security.protocol} is not set. */
  public static final KafkaSecurityProtocol DEFAULT = PLAINTEXT;

  private final boolean sasl;
  private final boolean encrypted;

  KafkaSecurityProtocol(boolean sasl, boolean encrypted) {
    this.sasl = sasl;
    this.encrypted = encrypted;
  }

  /**
   * Whether clients authenticate with SASL (and so need a mechanism and a credential).
   *
   * @return whether the protocol uses SASL
   */
  public boolean usesSasl() {
    return sasl;
  }

  /**
   * Whether traffic is encrypted with TLS.
   *
   * @return whether the protocol uses TLS
   */

  public boolean isEncrypted() {
    return encrypted;
  }

  @Override
  public String wireName() {
    return name();
  }
}
