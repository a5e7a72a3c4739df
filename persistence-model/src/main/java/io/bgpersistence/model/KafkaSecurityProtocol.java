package io.bgpersistence.model;

/** Kafka's {@code security.protocol} values. */
public enum KafkaSecurityProtocol implements WireValue {
  PLAINTEXT(false, false),
  SSL(false, true),
  SASL_PLAINTEXT(true, false),
  SASL_SSL(true, true);

  private final boolean sasl;
  private final boolean encrypted;

  KafkaSecurityProtocol(boolean sasl, boolean encrypted) {
    this.sasl = sasl;
    this.encrypted = encrypted;
  }

  /** Whether clients authenticate with SASL (and so need a mechanism and a credential). */
  public boolean usesSasl() {
    return sasl;
  }

  /** Whether traffic is encrypted with TLS. */
  public boolean isEncrypted() {
    return encrypted;
  }

  @Override
  public String wireName() {
    return name();
  }
}
