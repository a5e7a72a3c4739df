package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;
import java.util.Optional;

/**
 * {@code secret_client} must be able to hold the SASL secret: {@code kafka_sasl_secret} must be a
 * name that client's secret manager accepts (AWS Secrets Manager when {@code secret_client} is not
 * set). The value is never quoted back: it may be the credential itself.
 */
final class SaslSecretNameRule extends KafkaRule {
  static final String ID = "kafka-sasl-secret";

  SaslSecretNameRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    boolean sasl = KafkaDocument.effectiveProtocol(document).map(p -> p.usesSasl()).orElse(false);
    Optional<String> name = KafkaDocument.filledIn(document, Setting.KAFKA_SASL_SECRET);
    Optional<SecretClient> client = KafkaDocument.secretClient(document);
    if (!sasl || name.isEmpty() || client.isEmpty()) {
      return List.of();
    }
    return SecretNames.problems(client.get(), name.get()).stream()
        .map(m -> FieldProblem.invalid(Setting.KAFKA_SASL_SECRET.pathIn(document), null, m, ID))
        .toList();
  }
}
