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
 * {@code common_persistence_specs}: the settings every writer shares. Every field is optional on
 * the wire; which ones a document needs depends on its writers and is decided by validation. What
 * each field means, its environment variable and whether it is secret is its {@link Setting} row.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableCommonPersistenceSpecs.class)
@JsonPropertyOrder({
    "bus_backend",
    "bus_writer_image_go",
    "bus_writer_image_python",
    "bus_writer_image_bswl",
    "bus_writer_image_rust",
    "namespace",
    "service_account_name",
    "secret_client",
    "google_cloud_project",
    "bigquery_parquet_upload_subscription_id",
    "bigquery_streaming_write_subscription_id",
    "bigquery_streaming_write_topic",
    "bigquery_upload_bucket",
    "bigquery_upload_topic",
    "bq_upload_bucket",
    "bq_upload_topic",
    "metrics_bus_subscription_id",
    "metrics_bus_topic_id",
    "result_bus_metrics_subscription_id",
    "result_bus_offline_store_subscription_id",
    "result_bus_online_store_subscription_id",
    "result_bus_topic_id",
    "kafka_dlq_topic",
    "operation_subscription_id",
    "query_log_subscription_id",
    "query_log_result_topic",
    "usage_events_subscription_id",
    "usage_bus_topic_id",
    "vector_store_subscription_id",
    "include_chalk_node_selector",
    "use_aws_pool_for_google_adc"})
public interface CommonPersistenceSpecs extends WithCommonPersistenceSpecs {
  /** No shared settings at all. */
  CommonPersistenceSpecs EMPTY = builder().build();

  /** KAFKA or PUBSUB. */
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

  /** Image of the Rust bus writers. */
  @JsonProperty("bus_writer_image_rust")
  Optional<String> busWriterImageRust();

  /** Kubernetes namespace of the writers. */
  @JsonProperty("namespace")
  Optional<String> namespace();

  /** Kubernetes ServiceAccount of the writers. */
  @JsonProperty("service_account_name")
  Optional<String> serviceAccountName();

  /** AWS or GCP. */
  @Value.Redacted
  @JsonProperty("secret_client")
  Optional<String> secretClient();

  /** The Google Cloud project (on GCP). */
  @JsonProperty("google_cloud_project")
  Optional<String> googleCloudProject();

  /** Subscription of the parquet upload bus. */
  @JsonProperty("bigquery_parquet_upload_subscription_id")
  Optional<String> bigqueryParquetUploadSubscriptionId();

  /** Subscription of the streaming-insert bus. */
  @JsonProperty("bigquery_streaming_write_subscription_id")
  Optional<String> bigqueryStreamingWriteSubscriptionId();

  /** Topic of the streaming-insert bus. */
  @JsonProperty("bigquery_streaming_write_topic")
  Optional<String> bigqueryStreamingWriteTopic();

  /** Deprecated spelling of {@code bq_upload_bucket}; read, kept, warned of. */
  @JsonProperty("bigquery_upload_bucket")
  Optional<String> bigqueryUploadBucket();

  /** Deprecated spelling of {@code bq_upload_topic}; read, kept, warned of. */
  @JsonProperty("bigquery_upload_topic")
  Optional<String> bigqueryUploadTopic();

  /** Bucket of parquet uploads. */
  @JsonProperty("bq_upload_bucket")
  Optional<String> bqUploadBucket();

  /** Topic of the parquet upload bus. */
  @JsonProperty("bq_upload_topic")
  Optional<String> bqUploadTopic();

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

  /** The result bus topic that the three result-bus subscriptions read. */
  @JsonProperty("result_bus_topic_id")
  Optional<String> resultBusTopicId();

  /** Kafka dead-letter topic. */
  @JsonProperty("kafka_dlq_topic")
  Optional<String> kafkaDlqTopic();

  /** Subscription of the operation bus. */
  @JsonProperty("operation_subscription_id")
  Optional<String> operationSubscriptionId();

  /** Subscription of the query log bus. */
  @JsonProperty("query_log_subscription_id")
  Optional<String> queryLogSubscriptionId();

  /** Topic of the query log bus. */
  @JsonProperty("query_log_result_topic")
  Optional<String> queryLogResultTopic();

  /** Subscription of the usage bus. */
  @JsonProperty("usage_events_subscription_id")
  Optional<String> usageEventsSubscriptionId();

  /** Topic of the usage bus. */
  @JsonProperty("usage_bus_topic_id")
  Optional<String> usageBusTopicId();

  /** Subscription of the vector store bus (this project's name: the API has none). */
  @JsonProperty("vector_store_subscription_id")
  Optional<String> vectorStoreSubscriptionId();

  /** Whether the platform's own node selector is added to the pods. */
  @JsonProperty("include_chalk_node_selector")
  Optional<Boolean> includeChalkNodeSelector();

  /** Whether Google credentials come from an AWS workload identity pool. */
  @JsonProperty("use_aws_pool_for_google_adc")
  Optional<Boolean> useAwsPoolForGoogleAdc();

  /** Fields the format does not define, kept in order and written back. */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** A builder of a new value. */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommonPersistenceSpecs}; typed overloads for the closed sets. */
  class Builder extends ImmutableCommonPersistenceSpecs.Builder {
    /** The bus the writers drain. */
    public final Builder busBackend(BusBackend backend) {
      busBackend(backend.wireName());
      return this;
    }

    /** The secret manager of the secrets the document names. */
    public final Builder secretClient(SecretClient client) {
      secretClient(client.wireName());
      return this;
    }
  }
}
