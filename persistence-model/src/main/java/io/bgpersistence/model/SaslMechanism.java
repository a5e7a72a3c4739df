package io.bgpersistence.model;

/** Kafka's {@code sasl.mechanism} values that the writers support. */
public enum SaslMechanism implements WireValue {
  PLAIN("PLAIN"),
  SCRAM_SHA_256("SCRAM-SHA-256"),
  SCRAM_SHA_512("SCRAM-SHA-512"),
  OAUTHBEARER("OAUTHBEARER"),
  AWS_MSK_IAM("AWS_MSK_IAM");

  private final String wireName;

  SaslMechanism(String wireName) {
    this.wireName = wireName;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
