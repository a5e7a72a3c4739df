package io.bgpersistence.model;

/** Kafka's {@code sasl.mechanism} values that the writers support. */
public enum SaslMechanism implements WireValue {
  /** User name and password, as they are. */
  PLAIN("PLAIN", true),
  /** SCRAM with SHA-256. */
  SCRAM_SHA_256("SCRAM-SHA-256", true),
  /** SCRAM with SHA-512 (what Amazon MSK uses). */
  SCRAM_SHA_512("SCRAM-SHA-512", true),
  /** OAuth 2 bearer tokens: the client's own credential is a secret too. */
  OAUTHBEARER("OAUTHBEARER", true),
  /** Amazon MSK's IAM access control: the pod's AWS identity, no secret. */
  AWS_MSK_IAM("AWS_MSK_IAM", false);

  private final String wireName;
  private final boolean usesSecret;

  SaslMechanism(String wireName, boolean usesSecret) {
    this.wireName = wireName;
    this.usesSecret = usesSecret;
  }

  /**
   * Whether clients of this mechanism log in with a credential kept in the secret manager (which
   * {@code kafka_sasl_secret} names); the one place this is decided.
   *
   * @return whether a secret is needed
   */
  public boolean usesSecret() {
    return usesSecret;
  }

  @Override
  public String wireName() {
    return wireName;
  }
}
