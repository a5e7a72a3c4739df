package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.BrokerAddress;
import io.bgpersistence.kafka.internal.BootstrapServers;
import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;
import java.util.Optional;

/**
 * A warning: PLAINTEXT or SASL_PLAINTEXT toward a broker that is not on this machine sends data
 * (and with SASL, credentials) across the network in clear.
 */
final class CleartextRule extends KafkaRule {
  static final String ID = "kafka-cleartext";

  CleartextRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Optional<KafkaSecurityProtocol> protocol = KafkaDocument.effectiveProtocol(document);
    if (protocol.isEmpty() || protocol.get().isEncrypted()) {
      return List.of();
    }
    Optional<BrokerAddress> remote = KafkaDocument.filledIn(document, Setting.KAFKA_BOOTSTRAP_SERVERS)
        .stream()
        .flatMap(v -> BootstrapServers.addresses(v).stream())
        .filter(a -> !a.isLoopback())
        .findFirst();
    if (remote.isEmpty()) {
      return List.of();
    }
    KafkaSecurityProtocol p = protocol.get();
    String what = p.usesSasl() ? "credentials and data" : "data, unauthenticated,";
    String instead = p.usesSasl() ? "SASL_SSL" : "SSL or SASL_SSL";
    String named = Setting.KAFKA_SECURITY_PROTOCOL.valueIn(document).isPresent()
        ? p.wireName() : "not set, so Kafka's default PLAINTEXT, which";
    return List.of(FieldProblem.invalid(Setting.KAFKA_SECURITY_PROTOCOL.pathIn(document), p.wireName(),
        named + " sends " + what + " in clear to " + remote.get() + ", which is not on this machine; use "
            + instead, ID).asWarning());
  }
}
