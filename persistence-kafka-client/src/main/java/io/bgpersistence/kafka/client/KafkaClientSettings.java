package io.bgpersistence.kafka.client;

import io.bgpersistence.kafka.internal.BootstrapServers;
import io.bgpersistence.kafka.internal.BrokerAddress;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.stream.Collectors;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.common.config.SaslConfigs;
import org.apache.kafka.common.config.types.Password;
import org.apache.kafka.common.security.auth.SecurityProtocol;

/**
 * What a writer, a user's service or preflight needs to talk to the document's brokers, as
 * kafka-clients {@link Properties}: {@code bootstrap.servers}, {@code security.protocol},
 * {@code sasl.mechanism} and {@code sasl.jaas.config} (PLAIN and SCRAM log in with the credential's
 * user name and password; AWS_MSK_IAM with the pod's AWS identity), plus {@code client.id} = the
 * writer's name and, for consumers, {@code group.id} = the writer's consumer group (its
 * {@code kafka_consumer_group_override}, else its name: one consumer group per writer, its replicas
 * share the work).
 *
 * <pre>{@code
 * var settings = KafkaClientSettings.of(document, Optional.of(new SecretValue(secretJson)));
 * try (Admin admin = Admin.create(settings.admin("my-tool"))) { ... }
 * try (var consumer = new KafkaConsumer<>(settings.consumer("online-writer"), ...)) { ... }
 * }</pre>
 *
 * <p>The credential is the secret manager's value of the secret that {@code kafka_sasl_secret}
 * names ({@code {"username": "…", "password": "…"}}), never something in the document. In the
 * Properties {@code sasl.jaas.config} is a kafka-clients {@link Password}, whose {@code toString()}
 * is {@code [hidden]}, so printing the Properties (or this object) never shows the password;
 * {@code Properties.getProperty} returns null for it, use {@code get}.
 */
public final class KafkaClientSettings {
  private final List<BrokerAddress> brokers;
  private final KafkaSecurityProtocol protocol;
  private final Optional<SaslMechanism> mechanism;
  private final Optional<SaslCredential> credential;

  private KafkaClientSettings(List<BrokerAddress> brokers, KafkaSecurityProtocol protocol,
      Optional<SaslMechanism> mechanism, Optional<SaslCredential> credential) {
    this.brokers = List.copyOf(brokers);
    this.protocol = protocol;
    this.mechanism = mechanism;
    this.credential = credential;
  }

  /**
   * The settings of a document, with the resolved credential when its SASL mechanism needs one.
   *
   * @param document a valid Kafka document
   * @param credential the value of the secret that {@code kafka_sasl_secret} names, if given
   * @return the settings
   * @throws KafkaSettingsException when the document or the credential cannot give working settings
   */
  public static KafkaClientSettings of(PersistenceDocument document, Optional<SecretValue> credential) {
    Objects.requireNonNull(credential, "credential");
    KafkaSecurityProtocol protocol = protocol(document);
    if (!protocol.usesSasl()) {
      return new KafkaClientSettings(brokers(document), protocol, Optional.empty(), Optional.empty());
    }
    String rawMechanism = Setting.KAFKA_SASL_MECHANISM.valueIn(document).orElseThrow(() ->
        new KafkaSettingsException(protocol.wireName() + " needs kafka_sasl_mechanism, and the document has none"));
    SaslMechanism mechanism = WireValue.parse(SaslMechanism.class, rawMechanism).filter(SaslLogin::supported)
        .orElseThrow(() -> new KafkaSettingsException("kafka_sasl_mechanism " + rawMechanism
            + " is not supported here; supported: PLAIN, SCRAM-SHA-256, SCRAM-SHA-512, AWS_MSK_IAM"));
    Optional<SaslCredential> parsed = Optional.empty();
    if (SaslLogin.needsCredential(mechanism)) {
      SecretValue secret = credential.orElseThrow(() -> new KafkaSettingsException(
          protocol.wireName() + " with " + mechanism.wireName() + " needs the credential that kafka_sasl_secret "
              + "names: {\"username\": \"...\", \"password\": \"...\"}"));
      parsed = Optional.of(SaslCredential.parse(secret));
    }
    return new KafkaClientSettings(brokers(document), protocol, Optional.of(mechanism), parsed);
  }

  /**
   * The brokers, in the document's order.
   *
   * @return the {@code kafka_bootstrap_servers} entries
   */
  public List<BrokerAddress> brokers() {
    return brokers;
  }

  /**
   * The security protocol: the document's, or Kafka's default {@code PLAINTEXT}.
   *
   * @return the protocol
   */
  public KafkaSecurityProtocol securityProtocol() {
    return protocol;
  }

  /**
   * The SASL mechanism, when the protocol uses SASL.
   *
   * @return the mechanism, or empty
   */
  public Optional<SaslMechanism> saslMechanism() {
    return mechanism;
  }

  /**
   * The SASL user name, when the mechanism logs in with one.
   *
   * @return the user name from the credential, or empty
   */
  public Optional<String> username() {
    return credential.map(SaslCredential::username);
  }

  /**
   * Connection and authentication only: what every client needs.
   *
   * @return a new {@code Properties}; {@code sasl.jaas.config} is a kafka-clients {@code Password}
   */
  public Properties common() {
    Properties p = new Properties();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG,
        brokers.stream().map(BrokerAddress::toString).collect(Collectors.joining(",")));
    p.put(CommonClientConfigs.SECURITY_PROTOCOL_CONFIG, SecurityProtocol.forName(protocol.wireName()).name);
    mechanism.ifPresent(m -> {
      p.put(SaslConfigs.SASL_MECHANISM, m.wireName());
      p.put(SaslConfigs.SASL_JAAS_CONFIG, new Password(SaslLogin.jaasConfig(m, credential)));
      SaslLogin.callbackHandler(m).ifPresent(h -> p.put(SaslConfigs.SASL_CLIENT_CALLBACK_HANDLER_CLASS, h));
    });
    return p;
  }

  /**
   * For an {@code Admin} client: {@link #common()} and {@code client.id}.
   *
   * @param clientId the {@code client.id} that names this client in the brokers' logs and quotas
   * @return a new {@code Properties}
   */
  public Properties admin(String clientId) {
    return withClientId(clientId);
  }

  /**
   * For a writer's producer: {@link #common()} and {@code client.id} = the writer's name.
   *
   * @param writerName the writer's {@code name}
   * @return a new {@code Properties}
   */
  public Properties producer(String writerName) {
    return withClientId(writerName);
  }

  /**
   * For a writer's consumer: {@link #common()}, {@code client.id} and {@code group.id} = the
   * writer's name, so that the replicas of one writer share its topic's partitions.
   *
   * @param writerName the writer's {@code name}
   * @return a new {@code Properties}
   */

  public Properties consumer(String writerName) {
    Properties p = withClientId(writerName);
    p.put(ConsumerConfig.GROUP_ID_CONFIG, writerName);
    return p;
  }

  /**
   * For a writer's consumer, as the writer runs: {@code client.id} = its name and {@code group.id}
   * = its {@link #consumerGroup consumer group}.
   *
   * @param writer the writer entry; it must have a name, which becomes {@code client.id}
   * @return for a writer's consumer, as the writer runs: {@code client.id} = its name and {@code group.id} = its {@link #consumerGroup consumer group}
   */
  public Properties consumer(WriterSpec writer) {
    Properties p = withClientId(writer.name().orElse(""));
    p.put(ConsumerConfig.GROUP_ID_CONFIG, consumerGroup(writer));
    return p;
  }

  /**
   * A writer's consumer group: its {@code kafka_consumer_group_override}, else its name.
   *
   * @param writer the writer entry; it must have a name or a consumer group override
   * @return A writer's consumer group: its {@code kafka_consumer_group_override}, else its name
   */
  public static String consumerGroup(WriterSpec writer) {
    return writer.kafkaConsumerGroupOverride().filter(g -> !g.isBlank())
        .or(writer::name)
        .orElseThrow(() -> new IllegalArgumentException("a writer without a name has no consumer group"));
  }

  private Properties withClientId(String clientId) {
    if (clientId == null || clientId.isBlank()) {
      throw new IllegalArgumentException("a client id (the writer's name) is required");
    }
    Properties p = common();
    p.put(CommonClientConfigs.CLIENT_ID_CONFIG, clientId);
    return p;
  }

  @Override
  public String toString() {
    return "KafkaClientSettings[brokers=" + brokers + ", protocol=" + protocol.wireName()
        + mechanism.map(m -> ", mechanism=" + m.wireName()).orElse("")
        + credential.map(c -> ", username=" + c.username() + ", password=****").orElse("") + "]";
  }

  private static KafkaSecurityProtocol protocol(PersistenceDocument document) {
    Optional<String> raw = Setting.KAFKA_SECURITY_PROTOCOL.valueIn(document);
    if (raw.isEmpty()) {
      return KafkaSecurityProtocol.DEFAULT;
    }
    return WireValue.parse(KafkaSecurityProtocol.class, raw.get()).orElseThrow(() -> new KafkaSettingsException(
        "kafka_security_protocol " + raw.get() + " is not one of " + SecurityProtocol.names()));
  }

  private static List<BrokerAddress> brokers(PersistenceDocument document) {
    String raw = Setting.KAFKA_BOOTSTRAP_SERVERS.givenIn(document)
        .orElseThrow(() -> new KafkaSettingsException("the document has no kafka_bootstrap_servers"));
    List<BootstrapServers.Entry> entries = BootstrapServers.parse(raw);
    String bad = entries.stream().flatMap(e -> e.messages().stream()).collect(Collectors.joining("; "));
    if (!bad.isEmpty()) {
      throw new KafkaSettingsException("kafka_bootstrap_servers: " + bad);
    }
    return entries.stream().map(e -> e.address().orElseThrow()).toList();
  }
}
