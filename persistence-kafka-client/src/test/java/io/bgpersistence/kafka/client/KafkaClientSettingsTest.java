package io.bgpersistence.kafka.client;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.Setting;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.testing.SettingValues;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import javax.security.auth.login.AppConfigurationEntry;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.JaasContext;
import org.apache.kafka.common.security.scram.ScramLoginModule;
import org.junit.jupiter.api.Test;

class KafkaClientSettingsTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PASSWORD = "correct horse battery staple";

  private static SecretValue credential(String user, String password) {
    try {
      return new SecretValue(JSON.writeValueAsString(Map.of("username", user, "password", password)));
    } catch (Exception e) {
      throw new AssertionError(e);
    }
  }

  private static KafkaClientSettings seed(String user, String password) {
    return KafkaClientSettings.of(SampleDocuments.kafkaSeedFilledIn(), Optional.of(credential(user, password)));
  }

  /** The JAAS options Kafka's own parser reads from the settings' sasl.jaas.config. */
  private static Map<String, ?> jaasOptions(Properties p) {
    List<AppConfigurationEntry> entries =
        JaasContext.loadClientContext(Map.of("sasl.jaas.config", p.get("sasl.jaas.config"))).configurationEntries();
    assertEquals(1, entries.size());
    return entries.get(0).getOptions();
  }

  @Test
  void theSeedDocumentGivesScramSettingsThatKafkaAccepts() {
    KafkaClientSettings settings = seed("bgp-writers", PASSWORD);
    Properties consumer = settings.consumer("go-metrics-bus-writer");
    assertEquals("b-1.bgp-msk.kafka.us-east-1.example.internal:9096,b-2.bgp-msk.kafka.us-east-1.example.internal:9096",
        consumer.get("bootstrap.servers"));
    assertEquals("SASL_SSL", consumer.get("security.protocol"));
    assertEquals("SCRAM-SHA-512", consumer.get("sasl.mechanism"));
    assertEquals("go-metrics-bus-writer", consumer.get("client.id"));
    assertEquals("go-metrics-bus-writer", consumer.get("group.id"));
    String jaas = ((Password) consumer.get("sasl.jaas.config")).value();
    assertTrue(jaas.startsWith(ScramLoginModule.class.getName() + " required "), jaas);
    assertEquals(Map.of("username", "bgp-writers", "password", PASSWORD), jaasOptions(consumer));
    // kafka-clients' own config classes accept them as they are (no broker needed).
    consumer.put("key.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    consumer.put("value.deserializer", "org.apache.kafka.common.serialization.StringDeserializer");
    new ConsumerConfig(consumer);
    Properties producer = settings.producer("offline-writer");
    assertEquals("offline-writer", producer.get("client.id"));
    assertNull(producer.get("group.id"));
    producer.put("key.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    producer.put("value.serializer", "org.apache.kafka.common.serialization.StringSerializer");
    new ProducerConfig(producer);
    new AdminClientConfig(settings.admin("tool"));
  }

  @Test
  void plainUsesPlainLoginModule() {
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafkaSeedFilledIn(), Setting.KAFKA_SASL_MECHANISM, "PLAIN");
    Properties p = KafkaClientSettings.of(d, Optional.of(credential("u", PASSWORD))).common();
    assertTrue(((Password) p.get("sasl.jaas.config")).value()
        .startsWith("org.apache.kafka.common.security.plain.PlainLoginModule required "));
    assertEquals(Map.of("username", "u", "password", PASSWORD), jaasOptions(p));
  }

  @Test
  void anyUserNameAndPasswordSurviveKafkasJaasParser() {
    qt().withExamples(EXAMPLES)
        .forAll(strings().betweenCodePoints(1, 0x7ff).ofLengthBetween(1, 24),
            strings().betweenCodePoints(1, 0x7ff).ofLengthBetween(1, 24))
        .checkAssert((user, password) -> assertEquals(Map.of("username", user, "password", password),
            jaasOptions(seed(user, password).common())));
  }

  @Test
  void thePasswordIsNeverInToString() {
    KafkaClientSettings settings = seed("bgp-writers", PASSWORD);
    for (Object printed : new Object[] {settings, settings.common(), settings.consumer("w"), settings.producer("w"),
        settings.admin("t"), SaslCredential.parse(credential("bgp-writers", PASSWORD))}) {
      assertFalse(printed.toString().contains("horse"), printed.toString());
    }
    assertTrue(settings.toString().contains("username=bgp-writers"), settings.toString());
  }

  @Test
  void withoutSaslThereIsNoMechanismAndNoCredentialIsNeeded() {
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafkaSeedFilledIn(), Setting.KAFKA_SECURITY_PROTOCOL, "SSL");
    Properties p = KafkaClientSettings.of(d, Optional.empty()).admin("t");
    assertEquals("SSL", p.get("security.protocol"));
    assertFalse(p.containsKey("sasl.mechanism"));
    assertFalse(p.containsKey("sasl.jaas.config"));
  }

  @Test
  void awsMskIamNeedsNoCredential() {
    PersistenceDocument d = SettingValues.with(SampleDocuments.kafkaSeedFilledIn(), Setting.KAFKA_SASL_MECHANISM, "AWS_MSK_IAM");
    Properties p = KafkaClientSettings.of(d, Optional.empty()).common();
    assertEquals("software.amazon.msk.auth.iam.IAMLoginModule required;", ((Password) p.get("sasl.jaas.config")).value());
    assertEquals("software.amazon.msk.auth.iam.IAMClientCallbackHandler", p.get("sasl.client.callback.handler.class"));
  }

  @Test
  void whatCannotGiveSettingsIsSaidWithoutTheCredential() {
    PersistenceDocument seed = SampleDocuments.kafkaSeedFilledIn();
    assertTrue(assertThrows(KafkaSettingsException.class, () -> KafkaClientSettings.of(seed, Optional.empty()))
        .getMessage().contains("needs the credential"));
    String notJson = "{username: bgp, password: hunter2";
    KafkaSettingsException e = assertThrows(KafkaSettingsException.class,
        () -> KafkaClientSettings.of(seed, Optional.of(new SecretValue(notJson))));
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    e = assertThrows(KafkaSettingsException.class,
        () -> KafkaClientSettings.of(seed, Optional.of(new SecretValue("{\"user\":\"a\",\"password\":\"hunter2\"}"))));
    assertTrue(e.getMessage().contains("\"username\""), e.getMessage());
    assertFalse(e.getMessage().contains("hunter2"), e.getMessage());
    e = assertThrows(KafkaSettingsException.class, () -> KafkaClientSettings.of(seed,
        Optional.of(new SecretValue("{\"username\":\"a\",\"password\":\"hunter2\",\"password\":\"hunter3\"}"))));
    assertTrue(e.getMessage().contains("gives a field twice"), e.getMessage());
    assertFalse(e.getMessage().contains("hunter"), e.getMessage());
    PersistenceDocument oauth = SettingValues.with(seed, Setting.KAFKA_SASL_MECHANISM, "OAUTHBEARER");
    assertThrows(KafkaSettingsException.class, () -> KafkaClientSettings.of(oauth, Optional.of(credential("a", "b"))));
    PersistenceDocument noBrokers = SettingValues.with(seed, Setting.KAFKA_BOOTSTRAP_SERVERS, null);
    assertThrows(KafkaSettingsException.class, () -> KafkaClientSettings.of(noBrokers, Optional.of(credential("a", "b"))));
  }

  @Test
  void aWritersConsumerGroupIsItsOverrideElseItsName() throws Exception {
    var writer = io.bgpersistence.model.WriterSpec.builder().name("online-writer").busSubscriberType("ONLINE_WRITER").build();
    assertEquals("online-writer", KafkaClientSettings.consumerGroup(writer));
    var overridden = writer.withKafkaConsumerGroupOverride("bgp-online");
    assertEquals("bgp-online", KafkaClientSettings.consumerGroup(overridden));
    KafkaClientSettings settings = KafkaClientSettings.of(SampleDocuments.kafka(),
        java.util.Optional.of(new io.bgpersistence.model.SecretValue("{\"username\": \"u\", \"password\": \"p\"}")));
    assertEquals("bgp-online", settings.consumer(overridden).get("group.id"));
    assertEquals("online-writer", settings.consumer(overridden).get("client.id"));
  }
}
