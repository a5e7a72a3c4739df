package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Security protocol, SASL mechanism and SASL secret form a sensible whole: a SASL protocol needs a
 * mechanism that fits it ({@link SecurityMatrix}) and the secret the mechanism authenticates with;
 * a protocol without SASL takes neither. An absent protocol is Kafka's default, PLAINTEXT. Values
 * outside the closed sets are the core's NotSupported, so they are skipped here.
 */
final class SecurityPairRule extends KafkaRule {
  static final String ID = "kafka-security";

  SecurityPairRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Optional<KafkaSecurityProtocol> protocol = KafkaDocument.effectiveProtocol(document);
    if (protocol.isEmpty()) {
      return List.of();
    }
    Optional<String> rawMechanism = Setting.KAFKA_SASL_MECHANISM.givenIn(document);
    Optional<SaslMechanism> mechanism = KafkaDocument.mechanism(document);
    boolean secretGiven = Setting.KAFKA_SASL_SECRET.givenIn(document).isPresent();
    String p = protocol.get().wireName();
    List<FieldProblem> out = new ArrayList<>();

    if (!protocol.get().usesSasl()) {
      String is = Setting.KAFKA_SECURITY_PROTOCOL.valueIn(document).isPresent()
          ? "kafka_security_protocol is " + p : "kafka_security_protocol is not set (Kafka's default: PLAINTEXT)";
      rawMechanism.ifPresent(m -> out.add(FieldProblem.forbidden(Setting.KAFKA_SASL_MECHANISM.pathIn(document),
          "a SASL mechanism is only used with SASL_SSL or SASL_PLAINTEXT, and " + is, ID)));
      if (secretGiven) {
        out.add(FieldProblem.forbidden(Setting.KAFKA_SASL_SECRET.pathIn(document),
            "a SASL secret is only used with SASL_SSL or SASL_PLAINTEXT, and " + is, ID));
      }
      return out;
    }
    if (rawMechanism.isEmpty()) {
      out.add(FieldProblem.required(Setting.KAFKA_SASL_MECHANISM.pathIn(document),
          p + " needs a SASL mechanism, e.g. SCRAM-SHA-512", ID));
    }
    mechanism.flatMap(m -> SecurityMatrix.problem(protocol.get(), m)).ifPresent(why ->
        out.add(FieldProblem.invalid(Setting.KAFKA_SASL_MECHANISM.pathIn(document), rawMechanism.get(), why, ID)));
    // An unknown mechanism (the core's NotSupported) most likely needs a secret too.
    boolean needsSecret = mechanism.map(SecurityMatrix::usesSecret).orElse(true);
    if (needsSecret && !secretGiven) {
      out.add(FieldProblem.required(Setting.KAFKA_SASL_SECRET.pathIn(document),
          p + " with " + rawMechanism.orElse("SASL") + " authenticates with a credential: name the secret "
              + "that holds it, e.g. AmazonMSK_writers", ID));
    }
    return out;
  }
}
