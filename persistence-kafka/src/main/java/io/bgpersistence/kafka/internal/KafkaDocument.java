package io.bgpersistence.kafka.internal;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import io.bgpersistence.validation.Checks;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The Kafka view of a document: whether it uses Kafka, and its Kafka settings parsed into the
 * model's closed sets. A value that is absent, still a placeholder or not one of the set is empty
 * here: reporting those is the core's job (Required, Invalid, NotSupported), not the backend's.
 * The rules read documents through it, and so does {@code persistence-kafka-client}.
 */
public final class KafkaDocument {
  /** The settings this backend owns: the rows of the Setting table tagged KAFKA. */
  public static final List<Setting> SETTINGS = Arrays.stream(Setting.values())
      .filter(s -> s.backend().equals(Optional.of(BusBackend.KAFKA)))
      .toList();

  /** Every setting that names a topic: under Kafka a subscription id is a topic name too. */
  public static final List<Setting> TOPIC_SETTINGS = Arrays.stream(Setting.values())
      .filter(s -> s.role() == Setting.Role.TOPIC || s.role() == Setting.Role.SUBSCRIPTION)
      .toList();

  /** Where SASL secrets live when the document does not say: AWS Secrets Manager, as for MSK. */
  public static final SecretClient DEFAULT_SECRET_CLIENT = SecretClient.AWS;

  private KafkaDocument() {}

  /**
   * Whether the document runs on Kafka.
   *
   * @param document a document
   * @return whether its bus_backend is KAFKA
   */
  public static boolean usesKafka(PersistenceDocument document) {
    return BusBackend.KAFKA.isUsedBy(document);
  }

  /**
   * The value of a setting when it is filled in: present, not blank, no placeholder.
   *
   * @param document the document to read
   * @param setting the setting to read: any row of {@link Setting}, not only Kafka's
   * @return the value of a setting when it is filled in: present, not blank, no placeholder
   */
  public static Optional<String> filledIn(PersistenceDocument document, Setting setting) {
    return setting.givenIn(document).filter(v -> !Checks.hasPlaceholder(v));
  }

  /**
   * The document's {@code kafka_security_protocol} as written.
   *
   * @param document a document
   * @return the protocol, empty when absent or not a protocol
   */
  public static Optional<KafkaSecurityProtocol> protocol(PersistenceDocument document) {
    return Setting.KAFKA_SECURITY_PROTOCOL.valueIn(document)
        .flatMap(v -> WireValue.parse(KafkaSecurityProtocol.class, v));
  }

  /**
   * The document's {@code kafka_sasl_mechanism}.
   *
   * @param document a document
   * @return the mechanism, or empty when it is absent or not one of the model's mechanisms
   */
  public static Optional<SaslMechanism> mechanism(PersistenceDocument document) {
    return Setting.KAFKA_SASL_MECHANISM.valueIn(document)
        .flatMap(v -> WireValue.parse(SaslMechanism.class, v));
  }

  /**
   * The document's {@code kafka_security_protocol}, Kafka's own default PLAINTEXT when it names none.
   *
   * @param document a document
   * @return the protocol, or empty when the value is not a protocol at all
   */
  public static Optional<KafkaSecurityProtocol> effectiveProtocol(PersistenceDocument document) {
    return Setting.KAFKA_SECURITY_PROTOCOL.valueIn(document).isEmpty()
        ? Optional.of(KafkaSecurityProtocol.DEFAULT)
        : protocol(document);
  }

  /**
   * The secret client the document names, the default when it names none; empty if unsupported.
   *
   * @param document the document to read
   * @return the secret client the document names, the default when it names none; empty if unsupported
   */
  public static Optional<SecretClient> secretClient(PersistenceDocument document) {
    Optional<String> raw = Setting.SECRET_CLIENT.valueIn(document);
    return raw.isEmpty() ? Optional.of(DEFAULT_SECRET_CLIENT) : WireValue.parse(SecretClient.class, raw.get());
  }
}
