package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.model.WriterTypes;
import io.bgpersistence.testing.SampleDocuments;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The SDK as a service writes it: typed builders, withers, one construction style. */
class SdkShapeTest {
  private static final PersistenceDocument DOC = SampleDocuments.kafka();

  @Test
  void typedOverloadsWriteTheWireNames() {
    PersistenceDocument d = DOC.withCommonPersistenceSpecs(CommonPersistenceSpecs.builder().from(DOC.specs())
        .busBackend(BusBackend.PUBSUB).secretClient(SecretClient.GCP).build());
    assertEquals("PUBSUB", d.specs().busBackend().orElseThrow());
    assertEquals("GCP", d.specs().secretClient().orElseThrow());
    PersistenceDocument k = PersistenceDocument.builder().from(DOC)
        .kafkaSecurityProtocol(KafkaSecurityProtocol.SASL_SSL).kafkaSaslMechanism(SaslMechanism.SCRAM_SHA_512).build();
    assertEquals("SCRAM-SHA-512", k.kafkaSaslMechanism().orElseThrow());
    WriterSpec w = WriterSpec.builder().name("w").busSubscriberType(WriterTypeRegistry.builtIn()
        .find(WriterTypes.ONLINE_WRITER).orElseThrow()).build();
    assertEquals(WriterTypes.ONLINE_WRITER, w.busSubscriberType().orElseThrow());
  }

  @Test
  void withersChangeOneThingAndKeepTheRest() {
    WriterSpec first = DOC.writers().get(0);
    WriterSpec renamed = first.withName("x").withBusSubscriberType("AUDIT_LOG_WRITER");
    assertEquals("x", renamed.name().orElseThrow());
    assertEquals(first.request(), renamed.request());
    List<WriterSpec> writers = new ArrayList<>(DOC.writers());
    writers.set(0, first.withRequest(first.request().orElseThrow().withCpu("300m")));
    PersistenceDocument changed = DOC.withWriters(writers);
    assertEquals("300m", changed.writers().get(0).request().orElseThrow().cpu().orElseThrow());
    assertEquals(DOC.specs(), changed.specs());
  }
}
