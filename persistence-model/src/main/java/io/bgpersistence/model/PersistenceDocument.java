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
 * The whole background persistence document: the shared settings and one entry per writer.
 *
 * <p>Lenient on purpose: any well-typed JSON becomes a value (missing fields are empty, closed
 * sets are raw strings), and {@code persistence-validation} says what is wrong, with paths.
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
    "writers"})
public interface PersistenceDocument {
  /** Also read as {@code common_specs}, the page's other name for it; always written as this. */
  @JsonProperty("common_persistence_specs")
  @JsonPropertyDescription("The settings every writer shares.")
  @JsonAlias("common_specs")
  Optional<CommonPersistenceSpecs> commonPersistenceSpecs();

  /** Host of the feature platform's API server. */
  @JsonProperty("api_server_host")
  Optional<String> apiServerHost();

  /** Name of the Kafka SASL credential in the secret manager (a name, never the credential). */
  @Value.Redacted
  @JsonProperty("kafka_sasl_secret")
  Optional<String> kafkaSaslSecret();

  /** Comma-separated host:port list of Kafka brokers. */
  @JsonProperty("kafka_bootstrap_servers")
  Optional<String> kafkaBootstrapServers();

  /** Kafka security.protocol. */
  @JsonProperty("kafka_security_protocol")
  Optional<String> kafkaSecurityProtocol();

  /** Kafka sasl.mechanism. */
  @JsonProperty("kafka_sasl_mechanism")
  Optional<String> kafkaSaslMechanism();

  /** Whether the Redis online store is clustered: "1"/"0" (also "true"/"false"). */
  @JsonProperty("redis_is_clustered")
  Optional<String> redisIsClustered();

  /** Snowflake storage integration used by COPY INTO. */
  @JsonProperty("snowflake_storage_integration_name")
  Optional<String> snowflakeStorageIntegrationName();

  /** Where writers read metadata from (GRPC_SERVER). */
  @JsonProperty("metadata_provider")
  Optional<String> metadataProvider();

  @JsonProperty("writers")
  @JsonPropertyDescription("One entry per writer: each becomes a Deployment.")
  List<WriterSpec> writers();

  /** Fields the format does not define, kept in order and written back. */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** The shared settings, or an empty set of them when the document has none. */
  @JsonIgnore
  default CommonPersistenceSpecs specs() {
    return commonPersistenceSpecs().orElse(CommonPersistenceSpecs.EMPTY);
  }

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutablePersistenceDocument.Builder {}
}
