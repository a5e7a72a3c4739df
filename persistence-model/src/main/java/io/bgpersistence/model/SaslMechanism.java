package io.bgpersistence.model;

/** Kafka's {@code sasl.mechanism} values that the writers support. */
public enum SaslMechanism implements WireValue {
  /** User name and password, as they are. */
  PLAIN("PLAIN"),
  /** SCRAM with SHA-256. */
  SCRAM_SHA_256("SCRAM-SHA-256"),
  /** SCRAM with SHA-512 (what Amazon MSK uses). */
  SCRAM_SHA_512("SCRAM-SHA-512"),
  /** OAuth 2 bearer tokens. */
  OAUTHBEARER("OAUTHBEARER"),
  /** Amazon MSK's IAM access control: the pod's AWS identity, no secret. */
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
