package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.render.RenderExtension;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Puts the Kafka settings (the rows of the Setting table tagged KAFKA: bootstrap servers, security
 * protocol, SASL mechanism, dead-letter topic and the SASL secret's name) into the shared
 * ConfigMap, which every writer reads. {@code kafka_sasl_secret} is the secret's name: the
 * credential itself is never in the document, so it cannot be rendered.
 */
public final class KafkaRenderExtension implements RenderExtension {
  @Override
  public String id() {
    return KafkaValidationExtension.ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return KafkaDocument.usesKafka(document);
  }

  @Override
  public Map<String, String> sharedSettings(PersistenceDocument document) {
    Map<String, String> out = new LinkedHashMap<>();
    KafkaDocument.SETTINGS.forEach(s -> s.valueIn(document).ifPresent(v -> out.put(s.envName(), v)));
    return out;
  }
}
