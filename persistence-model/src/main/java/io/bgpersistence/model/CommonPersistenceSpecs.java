package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code common_persistence_specs}: the settings every writer shares. Every field is optional on
 * the wire; which ones a document needs depends on its writers and is decided by validation.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommonPersistenceSpecs.class)
@JsonPropertyOrder({
    "bus_backend",
    "bus_writer_image_go",
    "bus_writer_image_python",
    "bus_writer_image_bswl",
    "namespace",
    "service_account_name",
    "secret_client",
    "bigquery_parquet_upload_subscription_id",
    "bigquery_streaming_write_subscription_id",
    "bigquery_streaming_write_topic",
    "bigquery_upload_bucket",
    "bigquery_upload_topic",
    "metrics_bus_subscription_id",
    "metrics_bus_topic_id",
    "result_bus_metrics_subscription_id",
    "result_bus_offline_store_subscription_id",
    "result_bus_online_store_subscription_id",
    "kafka_dlq_topic",
    "operation_subscription_id",
    "usage_bus_subscription_id",
    "query_log_subscription_id",
    "vector_store_subscription_id",
    "gcp_service_account",
    "gcp_project_id"})
public interface CommonPersistenceSpecs {
  CommonPersistenceSpecs EMPTY = new Builder().build();

  /** KAFKA or PUBSUB: the message bus the writers drain. */
  @JsonProperty("bus_backend")
  Optional<String> busBackend();

  /** Image of the Go bus writers. */
  @JsonProperty("bus_writer_image_go")
  Optional<String> busWriterImageGo();

  /** Image of the Python bus writers. */
  @JsonProperty("bus_writer_image_python")
  Optional<String> busWriterImagePython();

  /** Image of the BigQuery streaming write loader. */
  @JsonProperty("bus_writer_image_bswl")
  Optional<String> busWriterImageBswl();

  /** Kubernetes namespace the writers run in. */
  @JsonProperty("namespace")
  Optional<String> namespace();

  /** Kubernetes ServiceAccount the writers run as. */
  @JsonProperty("service_account_name")
  Optional<String> serviceAccountName();

  /** AWS or GCP: the secret manager that holds the secrets the document names. */
  @Value.Redacted
  @JsonProperty("secret_client")
  Optional<String> secretClient();

  /** Subscription of the parquet upload bus (bulk insert). */
  @JsonProperty("bigquery_parquet_upload_subscription_id")
  Optional<String> bigqueryParquetUploadSubscriptionId();

  /** Subscription of the streaming write bus. */
  @JsonProperty("bigquery_streaming_write_subscription_id")
  Optional<String> bigqueryStreamingWriteSubscriptionId();

  /** Topic of the streaming write bus. */
  @JsonProperty("bigquery_streaming_write_topic")
  Optional<String> bigqueryStreamingWriteTopic();

  /** Bucket for parquet uploads: s3://… on AWS, gs://… on GCP. */
  @JsonProperty("bigquery_upload_bucket")
  Optional<String> bigqueryUploadBucket();

  /** Topic of the parquet upload bus. */
  @JsonProperty("bigquery_upload_topic")
  Optional<String> bigqueryUploadTopic();

  /** Subscription of the metrics bus. */
  @JsonProperty("metrics_bus_subscription_id")
  Optional<String> metricsBusSubscriptionId();

  /** Topic of the metrics bus. */
  @JsonProperty("metrics_bus_topic_id")
  Optional<String> metricsBusTopicId();

  /** Result bus subscription of the metrics writers. */
  @JsonProperty("result_bus_metrics_subscription_id")
  Optional<String> resultBusMetricsSubscriptionId();

  /** Result bus subscription of the offline writer. */
  @JsonProperty("result_bus_offline_store_subscription_id")
  Optional<String> resultBusOfflineStoreSubscriptionId();

  /** Result bus subscription of the online writer. */
  @JsonProperty("result_bus_online_store_subscription_id")
  Optional<String> resultBusOnlineStoreSubscriptionId();

  /** Kafka dead-letter topic. */
  @JsonProperty("kafka_dlq_topic")
  Optional<String> kafkaDlqTopic();

  /** Subscription of the operation bus. */
  @JsonProperty("operation_subscription_id")
  Optional<String> operationSubscriptionId();

  /** Subscription of the usage bus (extension field). */
  @JsonProperty("usage_bus_subscription_id")
  Optional<String> usageBusSubscriptionId();

  /** Subscription of the query log bus (extension field). */
  @JsonProperty("query_log_subscription_id")
  Optional<String> queryLogSubscriptionId();

  /** Subscription of the vector store bus (extension field). */
  @JsonProperty("vector_store_subscription_id")
  Optional<String> vectorStoreSubscriptionId();

  /** Google service account the pods act as under Workload Identity (extension field, Pub/Sub). */
  @JsonProperty("gcp_service_account")
  Optional<String> gcpServiceAccount();

  /** Google Cloud project of short Pub/Sub ids (extension field, Pub/Sub). */
  @JsonProperty("gcp_project_id")
  Optional<String> gcpProjectId();

  /** Fields the format does not define, kept in order and written back. */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutableCommonPersistenceSpecs.Builder {}
}
