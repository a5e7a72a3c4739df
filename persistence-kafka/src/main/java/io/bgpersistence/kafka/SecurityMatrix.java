package io.bgpersistence.kafka;

import static io.bgpersistence.model.KafkaSecurityProtocol.PLAINTEXT;
import static io.bgpersistence.model.KafkaSecurityProtocol.SASL_PLAINTEXT;
import static io.bgpersistence.model.KafkaSecurityProtocol.SASL_SSL;
import static io.bgpersistence.model.KafkaSecurityProtocol.SSL;
import static io.bgpersistence.model.SaslMechanism.AWS_MSK_IAM;
import static io.bgpersistence.model.SaslMechanism.OAUTHBEARER;
import static io.bgpersistence.model.SaslMechanism.PLAIN;
import static io.bgpersistence.model.SaslMechanism.SCRAM_SHA_256;
import static io.bgpersistence.model.SaslMechanism.SCRAM_SHA_512;

import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.SaslMechanism;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The security protocol x SASL mechanism matrix, as data: one row per protocol, one cell per
 * mechanism, each cell empty (a sensible pair) or the reason the pair is wrong. And per mechanism,
 * whether it authenticates with the credential that {@code kafka_sasl_secret} names.
 */
final class SecurityMatrix {
  private static final String NO_SASL = "is only used with a SASL protocol (SASL_SSL or SASL_PLAINTEXT)";
  private static final String IAM_NEEDS_TLS =
      "AWS_MSK_IAM is only offered on MSK's TLS listeners: use it with SASL_SSL";

  private static final Map<KafkaSecurityProtocol, Map<SaslMechanism, String>> WRONG = new EnumMap<>(Map.of(
      PLAINTEXT, cells(NO_SASL, NO_SASL, NO_SASL, NO_SASL, NO_SASL),
      SSL, cells(NO_SASL, NO_SASL, NO_SASL, NO_SASL, NO_SASL),
      //                 PLAIN  SCRAM-256 SCRAM-512 OAUTHBEARER AWS_MSK_IAM
      SASL_PLAINTEXT, cells(null, null, null, null, IAM_NEEDS_TLS),
      SASL_SSL, cells(null, null, null, null, null)));

  /** Mechanisms that authenticate with a user name and password held in the secret manager. */

  private SecurityMatrix() {}

  /**
   * Why this pair is wrong, or empty when it is a sensible pair.
   *
   * @param protocol the security protocol
   * @param mechanism the SASL mechanism
   * @return the reason, or empty
   */
  public static Optional<String> problem(KafkaSecurityProtocol protocol, SaslMechanism mechanism) {
    return Optional.ofNullable(WRONG.get(protocol).get(mechanism));
  }

  /**
   * Whether the mechanism authenticates with the credential that {@code kafka_sasl_secret} names;
   * AWS_MSK_IAM uses the pod's AWS identity instead.
   *
   * @param mechanism the SASL mechanism
   * @return whether a credential is needed
   */

  public static boolean usesSecret(SaslMechanism mechanism) {
    return mechanism.usesSecret();
  }

  /** One row, its cells in {@link SaslMechanism}'s declaration order; null = a sensible pair. */
  private static Map<SaslMechanism, String> cells(String... reasons) {
    SaslMechanism[] mechanisms = SaslMechanism.values();
    if (reasons.length != mechanisms.length) {
      throw new IllegalStateException("one cell per mechanism");
    }
    Map<SaslMechanism, String> row = new EnumMap<>(SaslMechanism.class);
    for (int i = 0; i < mechanisms.length; i++) {
      if (reasons[i] != null) {
        row.put(mechanisms[i], reasons[i]);
      }
    }
    return row;
  }
}
