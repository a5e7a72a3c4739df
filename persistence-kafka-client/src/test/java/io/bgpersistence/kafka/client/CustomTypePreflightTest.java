package io.bgpersistence.kafka.client;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import io.bgpersistence.validation.DocumentValidator;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Preflight checks the buses of the writer types its validator knows: a custom type's topic is
 * among the topics Kafka preflight names (skipped here, as no broker answers, but named).
 */
class CustomTypePreflightTest {
  @Test
  void theTopicOfACustomWriterTypeIsAmongTheTopicsPreflightNeeds() throws Exception {
    WriterTypeRegistry registry = WriterTypeRegistry.builtIn().with(WriterType.builder().name("AUDIT_LOG_WRITER")
        .image(ImageFamily.PYTHON).subscribesTo(Setting.OPERATION_SUBSCRIPTION_ID).description("audit").build());
    int closed;
    try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closed = s.getLocalPort();
    }
    PersistenceDocument seed = SettingValues.with(SampleDocuments.kafkaSeedFilledIn(),
        Setting.KAFKA_BOOTSTRAP_SERVERS, "127.0.0.1:" + closed);
    List<WriterSpec> writers = new ArrayList<>(seed.writers());
    writers.add(SampleDocuments.writer("audit-writer", "AUDIT_LOG_WRITER", "100m", "128Mi", "1", "128Mi"));
    PersistenceDocument doc = seed.withWriters(writers);
    PreflightContext context = PreflightContext.of(doc, Duration.ofSeconds(2));
    String auditTopic = TopicsCheck.topicLine("operation-bus-1");

    DocumentValidator validator = DocumentValidator.builder().registry(registry).build();
    List<String> withCustom = names(Preflight.builder().validator(validator).build().run(context));
    assertTrue(withCustom.contains(auditTopic), withCustom.toString());
    assertTrue(withCustom.contains(TopicsCheck.topicLine("metrics-bus-1")), withCustom.toString());

    List<String> builtInOnly = names(Preflight.standard().run(context));
    assertFalse(builtInOnly.contains(auditTopic), "no built-in type reads the operation bus: " + builtInOnly);
  }

  private static List<String> names(List<CheckResult> results) {
    return results.stream().map(CheckResult::name).toList();
  }
}
