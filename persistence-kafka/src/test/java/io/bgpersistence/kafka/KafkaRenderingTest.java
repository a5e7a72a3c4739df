package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.KafkaDocument;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Container;
import io.fabric8.kubernetes.api.model.EnvFromSource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The Kafka settings reach every writer (through the shared ConfigMap), by the real renderer. */
class KafkaRenderingTest {
  private static final String CONFIG_MAP = "background-persistence-config";

  private static List<HasMetadata> render(PersistenceDocument d) {
    RenderResult r = Renderer.standard().render(d);
    assertTrue(r.ok(), () -> r.report().errors().toString());
    return r.objects().objects();
  }

  private static Map<String, String> configMapData(List<HasMetadata> objects) {
    return objects.stream().filter(o -> o instanceof ConfigMap && o.getMetadata().getName().equals(CONFIG_MAP))
        .map(o -> ((ConfigMap) o).getData()).findFirst().orElseThrow();
  }

  @Test
  void everyKafkaSettingIsInTheConfigMapThatEveryWriterReads() {
    PersistenceDocument doc = SampleDocuments.kafka();
    List<HasMetadata> objects = render(doc);
    Map<String, String> data = configMapData(objects);
    for (Setting s : KafkaDocument.SETTINGS) {
      assertEquals(s.valueIn(doc).orElseThrow(), data.get(s.envName()), s.envName());
    }
    assertEquals("AmazonMSK_bgp-writers", data.get("KAFKA_SASL_SECRET"), "the secret's name, as the document says");
    assertEquals("AWS", data.get("SECRET_CLIENT"));
    List<Deployment> deployments = objects.stream().filter(o -> o instanceof Deployment).map(o -> (Deployment) o)
        .toList();
    assertEquals(doc.writers().size(), deployments.size());
    for (Deployment d : deployments) {
      Container c = d.getSpec().getTemplate().getSpec().getContainers().get(0);
      assertTrue(c.getEnvFrom().stream().map(EnvFromSource::getConfigMapRef)
              .anyMatch(ref -> ref != null && CONFIG_MAP.equals(ref.getName())),
          d.getMetadata().getName() + " reads the shared settings");
    }
  }

  @Test
  void aChangedKafkaSettingRollsTheWriters() {
    List<HasMetadata> before = render(SampleDocuments.kafka());
    List<HasMetadata> after = render(Docs.with(SampleDocuments.kafka(), Setting.KAFKA_DLQ_TOPIC, "dlq-2"));
    Deployment b = (Deployment) before.stream().filter(o -> o instanceof Deployment).findFirst().orElseThrow();
    Deployment a = (Deployment) after.stream().filter(o -> o instanceof Deployment).findFirst().orElseThrow();
    assertFalse(b.getSpec().getTemplate().getMetadata().getAnnotations()
        .equals(a.getSpec().getTemplate().getMetadata().getAnnotations()), "the pod checksum changes");
  }

  @Test
  void aPubSubDocumentGetsNoKafkaSettings() {
    Map<String, String> data = configMapData(render(SampleDocuments.pubsub()));
    assertTrue(data.keySet().stream().noneMatch(k -> k.startsWith("KAFKA_")), data.toString());
    assertEquals(Map.of(), new KafkaRenderExtension().sharedSettings(SampleDocuments.pubsub()));
  }
}
