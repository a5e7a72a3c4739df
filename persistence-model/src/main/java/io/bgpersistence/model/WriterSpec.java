package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One writer of the fleet: becomes one Deployment. Only {@code name} and
 * {@code bus_subscriber_type} are required by the format; everything else has a default or is
 * optional. Scalar settings that the writer process reads (batch size, concurrency, secret names,
 * …) are rows of {@link WriterSetting}; the rest shapes its Kubernetes objects.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableWriterSpec.class)
@JsonPropertyOrder({"name", "bus_subscriber_type", "request", "limit", "version", "default_replica_count",
    "image_override", "hpa_specs", "gke_spot", "load_writer_configmap", "kafka_consumer_group_override",
    "max_batch_size", "message_processing_concurrency", "metadata_sql_ssl_ca_cert_secret",
    "metadata_sql_ssl_client_cert_secret", "metadata_sql_ssl_client_key_secret", "metadata_sql_uri_secret",
    "offline_store_inserter_db_type", "storage_cache_prefix", "usage_store_uri",
    "results_writer_skip_producing_feature_metrics", "query_table_write_drop_ratio",
    "chalk_queries_clickhouse_write_mode", "chalk_errors_clickhouse_write_mode", "metrics_emission_mode",
    "instance_type", "nodepool", "node_selector", "additional_env_vars", "pdb_min_available",
    "pdb_max_unavailable"})
public interface WriterSpec extends WithWriterSpec {
  /** The API's default number of pods. */
  int DEFAULT_REPLICA_COUNT = 1;
  /** What a writer without {@code request} requests: every pod states its needs to the scheduler. */
  ResourceSpec DEFAULT_REQUEST = ResourceSpec.of("250m", "512Mi");

  /** {@return deployment name; unique in the document} */
  @JsonProperty("name")
  @JsonPropertyDescription("Deployment name: a DNS-1123 subdomain of at most 63 characters, unique in the document.")
  Optional<String> name();

  /** {@return A writer type, kept raw so that a typo can be reported with the closest name} */
  @JsonProperty("bus_subscriber_type")
  @JsonPropertyDescription("The writer type (bpctl types lists them).")
  Optional<String> busSubscriberType();

  /** {@return resources the writer requests} */
  @JsonProperty("request")
  @JsonPropertyDescription("Resources the writer requests, as Kubernetes quantities.")
  Optional<ResourceSpec> request();

  /** {@return resource limits of the writer} */
  @JsonProperty("limit")
  @JsonPropertyDescription("Resource limits of the writer, as Kubernetes quantities.")
  Optional<ResourceSpec> limit();

  /** {@return the writer's version, a string ("1.0")} */
  @JsonProperty("version")
  @JsonPropertyDescription("The writer's version, a string (\"1.0\").")
  Optional<String> version();

  /** {@return number of pods; 1 when absent, 0 pauses the writer} */
  @JsonProperty("default_replica_count")
  @JsonPropertyDescription("Number of pods (default 1); 0 pauses the writer.")
  Optional<Integer> defaultReplicaCount();

  /** {@return an image to run instead of the one of the type's family} */
  @JsonProperty("image_override")
  @JsonPropertyDescription("An image to run instead of the one of the writer type's family.")
  Optional<String> imageOverride();

  /** {@return autoscaling on a Pub/Sub subscription's backlog} */
  @JsonProperty("hpa_specs")
  @JsonPropertyDescription("Autoscaling on the backlog of a Pub/Sub subscription.")
  Optional<HpaSpecs> hpaSpecs();

  /** {@return whether the writer runs on GKE spot nodes} */
  @JsonProperty("gke_spot")
  @JsonPropertyDescription("Run on GKE spot nodes.")
  Optional<Boolean> gkeSpot();

  /** {@return whether the writer loads the writers' ConfigMap} */
  @JsonProperty("load_writer_configmap")
  @JsonPropertyDescription("Whether the writer loads the writers' ConfigMap.")
  Optional<Boolean> loadWriterConfigmap();

  /** {@return the Kafka consumer group to use instead of the writer's name} */
  @JsonProperty("kafka_consumer_group_override")
  @JsonPropertyDescription("The Kafka consumer group to use instead of the writer's name.")
  Optional<String> kafkaConsumerGroupOverride();

  /** {@return most messages handled in one batch} */
  @JsonProperty("max_batch_size")
  @JsonPropertyDescription("Most messages handled in one batch.")
  Optional<Integer> maxBatchSize();

  /** {@return messages processed at once} */
  @JsonProperty("message_processing_concurrency")
  @JsonPropertyDescription("Messages processed at once.")
  Optional<Integer> messageProcessingConcurrency();

  /** {@return name of the secret holding the metadata database's CA certificate} */
  @JsonProperty("metadata_sql_ssl_ca_cert_secret")
  @JsonPropertyDescription("Name of the secret holding the metadata database's CA certificate.")
  @Value.Redacted
  Optional<String> metadataSqlSslCaCertSecret();

  /** {@return name of the secret holding the metadata database's client certificate} */
  @JsonProperty("metadata_sql_ssl_client_cert_secret")
  @JsonPropertyDescription("Name of the secret holding the metadata database's client certificate.")
  @Value.Redacted
  Optional<String> metadataSqlSslClientCertSecret();

  /** {@return name of the secret holding the metadata database's client key} */
  @JsonProperty("metadata_sql_ssl_client_key_secret")
  @JsonPropertyDescription("Name of the secret holding the metadata database's client key.")
  @Value.Redacted
  Optional<String> metadataSqlSslClientKeySecret();

  /** {@return name of the secret holding the metadata database's URI} */
  @JsonProperty("metadata_sql_uri_secret")
  @JsonPropertyDescription("Name of the secret holding the metadata database's URI.")
  @Value.Redacted
  Optional<String> metadataSqlUriSecret();

  /** {@return the offline store the inserter writes to, e.g. {@code snowflake}} */
  @JsonProperty("offline_store_inserter_db_type")
  @JsonPropertyDescription("The offline store the inserter writes to, e.g. snowflake.")
  Optional<String> offlineStoreInserterDbType();

  /** {@return prefix of the writer's storage cache} */
  @JsonProperty("storage_cache_prefix")
  @JsonPropertyDescription("Prefix of the writer's storage cache.")
  Optional<String> storageCachePrefix();

  /** {@return where usage is stored; a URI may carry a password, so it is never echoed} */
  @JsonProperty("usage_store_uri")
  @JsonPropertyDescription("Where usage is stored (a URI; never echoed in messages).")
  @Value.Redacted
  Optional<String> usageStoreUri();

  /** {@return whether the results writer skips producing feature metrics} */
  @JsonProperty("results_writer_skip_producing_feature_metrics")
  @JsonPropertyDescription("The results writer skips producing feature metrics.")
  Optional<Boolean> resultsWriterSkipProducingFeatureMetrics();

  /** {@return share of query-table writes dropped, a number written as a string ("0.0" when absent)} */
  @JsonProperty("query_table_write_drop_ratio")
  @JsonPropertyDescription("Share of query-table writes dropped: a number from 0 to 1 written as a string (default \"0.0\").")
  Optional<String> queryTableWriteDropRatio();

  /** {@return how a metrics writer writes query rows to ClickHouse} */
  @JsonProperty("chalk_queries_clickhouse_write_mode")
  @JsonPropertyDescription("How a metrics writer writes query rows to ClickHouse.")
  Optional<String> chalkQueriesClickhouseWriteMode();

  /** {@return how a metrics writer writes error rows to ClickHouse} */
  @JsonProperty("chalk_errors_clickhouse_write_mode")
  @JsonPropertyDescription("How a metrics writer writes error rows to ClickHouse.")
  Optional<String> chalkErrorsClickhouseWriteMode();

  /** {@return how a metrics writer emits metrics} */
  @JsonProperty("metrics_emission_mode")
  @JsonPropertyDescription("How a metrics writer emits metrics.")
  Optional<String> metricsEmissionMode();

  /** {@return the node instance type the pods run on ({@code node.kubernetes.io/instance-type})} */
  @JsonProperty("instance_type")
  @JsonPropertyDescription("The node instance type the pods run on (node.kubernetes.io/instance-type).")
  Optional<String> instanceType();

  /** {@return the GKE node pool the pods run on ({@code cloud.google.com/gke-nodepool})} */
  @JsonProperty("nodepool")
  @JsonPropertyDescription("The GKE node pool the pods run on (cloud.google.com/gke-nodepool).")
  Optional<String> nodepool();

  /** {@return node labels the pods' nodes must carry} */
  @JsonProperty("node_selector")
  @JsonPropertyDescription("Node labels the pods' nodes must carry.")
  Optional<Map<String, String>> nodeSelector();

  /**
   * {@return environment variables set after the project's own} Left out of {@code toString()}
   * whole: a value may be a credential under any name (a database URL with its password, say).
   */
  @Value.Redacted
  @JsonProperty("additional_env_vars")
  @JsonPropertyDescription("Environment variables set on the writer after the ones bpctl sets (a clash is an error).")
  Optional<Map<String, String>> additionalEnvVars();

  /** {@return podDisruptionBudget: pods that must stay available (a number or a percentage)} */
  @JsonProperty("pdb_min_available")
  @JsonPropertyDescription("PodDisruptionBudget minAvailable: a number or a percentage (at most one of the two pdb fields).")
  Optional<IntOrPercent> pdbMinAvailable();

  /** {@return podDisruptionBudget: pods that may be down at once (a number or a percentage)} */
  @JsonProperty("pdb_max_unavailable")
  @JsonPropertyDescription("PodDisruptionBudget maxUnavailable: a number or a percentage (at most one of the two pdb fields).")
  Optional<IntOrPercent> pdbMaxUnavailable();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return the replicas in effect: {@code default_replica_count}, or 1} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default int replicas() {
    return defaultReplicaCount().orElse(DEFAULT_REPLICA_COUNT);
  }

  /** {@return the request in effect: {@code request}, or {@link #DEFAULT_REQUEST}} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default ResourceSpec requestOrDefault() {
    return request().orElse(DEFAULT_REQUEST);
  }

  /** {@return the limit in effect: {@code limit}, or the request in effect} */
  @com.fasterxml.jackson.annotation.JsonIgnore
  default ResourceSpec limitOrDefault() {
    return limit().orElseGet(this::requestOrDefault);
  }

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriterSpec}; typed overloads for the closed sets. */
  class Builder extends ImmutableWriterSpec.Builder {
    /**
     * The writer's type, from its registry row.
     *
     * @param type a row of the writer type registry; only its name is kept
     * @return the writer's type, from its registry row
     */
    public final Builder busSubscriberType(WriterType type) {
      busSubscriberType(type.name());
      return this;
    }
  }
}
