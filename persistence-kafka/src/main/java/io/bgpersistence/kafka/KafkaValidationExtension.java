package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.ValidationExtension;
import java.util.List;

/**
 * The Kafka rules, found by {@link java.util.ServiceLoader}; they run for documents whose
 * {@code bus_backend} is KAFKA. Pub/Sub settings in a Kafka document are the core's
 * {@code backend-setting} rule's (it reads the Setting table's backend tags for both backends).
 */
public final class KafkaValidationExtension implements ValidationExtension {
  /** This extension's id. */
  public static final String ID = "kafka";


  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return KafkaDocument.usesKafka(document);
  }

  @Override
  public boolean coversBackend(BusBackend backend) {
    return backend == BusBackend.KAFKA;
  }

  @Override
  public List<DocumentRule> rules() {
    return List.of(
        new BootstrapServersRule(),
        new SecurityPairRule(),
        new CleartextRule(),
        new SaslSecretNameRule(),
        new TopicNameRule(),
        new TopicCollisionRule(),
        new DlqTopicRule(),
        new BusPairRule(),
        new NoAutoscalerRule());
  }
}
