package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The whole background persistence document: the shared settings and one entry per writer, in
 * the format of the platform's own API ({@code BackgroundPersistenceDeploymentSpecs}).
 *
 * <p>Lenient on purpose: any well-typed JSON becomes a value (missing fields are empty, closed
 * sets are raw strings), and {@code persistence-validation} says what is wrong, with paths. The
 * values are immutable; change one with its withers ({@code document.withWriters(list)}) or a
 * builder started {@code from} it.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutablePersistenceDocument.class)
@JsonPropertyOrder({
    "common_persistence_specs",
    "api_server_host",
    "kafka_sasl_secret",
    "kafka_bootstrap_servers",
    "kafka_security_protocol",
    "kafka_sasl_mechanism",
    "redis_is_clustered",
    "snowflake_storage_integration_name",
    "metadata_provider",
    "redis_lightning_supports_has_many",
    "insecure",
    "bootstrap_cloud_resources",
    "suspended",
    "autodiscover_key",
    "observability_daemons",
    "observability_daemon_scheduling",
    "cluster_manager_config",
    "writers"})
public interface PersistenceDocument extends WithPersistenceDocument {
  /** {@return the shared settings; also read as {@code common_specs}, always written as this} */
  @JsonProperty("common_persistence_specs")
  @JsonPropertyDescription("The settings every writer shares.")
  @JsonAlias("common_specs")
  Optional<CommonPersistenceSpecs> commonPersistenceSpecs();

  /** {@return host of the feature platform's API server} */
  @JsonProperty("api_server_host")
  Optional<String> apiServerHost();

  /** {@return name of the Kafka SASL credential in the secret manager (a name, never the credential)} */
  @Value.Redacted
  @JsonProperty("kafka_sasl_secret")
  Optional<String> kafkaSaslSecret();

  /** {@return comma-separated host:port list of Kafka brokers} */
  @JsonProperty("kafka_bootstrap_servers")
  Optional<String> kafkaBootstrapServers();

  /** {@return kafka security.protocol} */
  @JsonProperty("kafka_security_protocol")
  Optional<String> kafkaSecurityProtocol();

  /** {@return kafka sasl.mechanism} */
  @JsonProperty("kafka_sasl_mechanism")
  Optional<String> kafkaSaslMechanism();

  /** {@return whether the Redis online store is clustered: "1"/"0" (also "true"/"false")} */
  @JsonProperty("redis_is_clustered")
  Optional<String> redisIsClustered();

  /** {@return snowflake storage integration used by COPY INTO} */
  @JsonProperty("snowflake_storage_integration_name")
  Optional<String> snowflakeStorageIntegrationName();

  /** {@return where writers read metadata from (GRPC_SERVER)} */
  @JsonProperty("metadata_provider")
  Optional<String> metadataProvider();

  /** {@return whether the Redis "lightning" online store supports has-many features} */
  @JsonProperty("redis_lightning_supports_has_many")
  Optional<Boolean> redisLightningSupportsHasMany();

  /** {@return whether the writers talk to the platform without TLS} */
  @JsonProperty("insecure")
  Optional<Boolean> insecure();

  /** {@return whether the platform creates the cloud resources (topics, buckets) itself} */
  @JsonProperty("bootstrap_cloud_resources")
  Optional<Boolean> bootstrapCloudResources();

  /** {@return whether the whole fleet is suspended: every writer at zero replicas, no autoscaler} */
  @JsonProperty("suspended")
  Optional<Boolean> suspended();

  /** {@return key the platform uses to discover this installation (never echoed)} */
  @Value.Redacted
  @JsonProperty("autodiscover_key")
  Optional<String> autodiscoverKey();

  /** {@return node-level observability helpers (kept; not rendered)} */
  @JsonProperty("observability_daemons")
  @JsonPropertyDescription("Node-level observability helpers. Kept and checked, not rendered: they need host access that the restricted Pod Security profile refuses.")
  Optional<List<ObservabilityDaemon>> observabilityDaemons();

  /** {@return where the observability daemons run} */
  @JsonProperty("observability_daemon_scheduling")
  @JsonPropertyDescription("Where the observability daemons run.")
  Optional<ObservabilityDaemonScheduling> observabilityDaemonScheduling();

  /** {@return what a CLUSTER_MANAGER writer records} */
  @JsonProperty("cluster_manager_config")
  @JsonPropertyDescription("What a CLUSTER_MANAGER writer records.")
  Optional<ClusterManagerConfig> clusterManagerConfig();

  /** {@return one entry per writer} */
  @JsonProperty("writers")
  @JsonPropertyDescription("One entry per writer: each becomes a Deployment.")
  List<WriterSpec> writers();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return the shared settings, or an empty set of them when the document has none} */
  @JsonIgnore
  default CommonPersistenceSpecs specs() {
    return commonPersistenceSpecs().orElse(CommonPersistenceSpecs.EMPTY);
  }

  /** {@return whether the fleet is suspended ({@code suspended: true})} */
  @JsonIgnore
  default boolean isSuspended() {
    return suspended().orElse(false);
  }

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link PersistenceDocument}; typed overloads for the closed sets. */
  class Builder extends ImmutablePersistenceDocument.Builder {
    /**
     * Kafka's {@code security.protocol}.
     *
     * @param protocol the protocol, e.g. {@code SASL_SSL}
     * @return this builder
     */
    public final Builder kafkaSecurityProtocol(KafkaSecurityProtocol protocol) {
      kafkaSecurityProtocol(protocol.wireName());
      return this;
    }

    /**
     * Kafka's {@code sasl.mechanism}.
     *
     * @param mechanism the SASL mechanism, e.g. {@code SCRAM_SHA_512} (written {@code SCRAM-SHA-512})
     * @return this builder
     */
    public final Builder kafkaSaslMechanism(SaslMechanism mechanism) {
      kafkaSaslMechanism(mechanism.wireName());
      return this;
    }

    /**
     * Where the writers read the platform's metadata from.
     *
     * @param provider the metadata source; {@code GRPC_SERVER} is the only one
     * @return this builder
     */
    public final Builder metadataProvider(MetadataProvider provider) {
      metadataProvider(provider.wireName());
      return this;
    }
  }
}
