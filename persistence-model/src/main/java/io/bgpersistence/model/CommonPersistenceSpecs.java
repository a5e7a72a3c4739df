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

  /** {@return KAFKA or PUBSUB} */
  @JsonProperty("bus_backend")
  Optional<String> busBackend();

  /** {@return image of the Go bus writers} */
  @JsonProperty("bus_writer_image_go")
  Optional<String> busWriterImageGo();

  /** {@return image of the Python bus writers} */
  @JsonProperty("bus_writer_image_python")
  Optional<String> busWriterImagePython();

  /** {@return image of the BigQuery streaming write loader} */
  @JsonProperty("bus_writer_image_bswl")
  Optional<String> busWriterImageBswl();

  /** {@return image of the Rust bus writers} */
  @JsonProperty("bus_writer_image_rust")
  Optional<String> busWriterImageRust();

  /** {@return kubernetes namespace of the writers} */
  @JsonProperty("namespace")
  Optional<String> namespace();

  /** {@return kubernetes ServiceAccount of the writers} */
  @JsonProperty("service_account_name")
  Optional<String> serviceAccountName();

  /** {@return AWS or GCP} */
  @Value.Redacted
  @JsonProperty("secret_client")
  Optional<String> secretClient();

  /** {@return the Google Cloud project (on GCP)} */
  @JsonProperty("google_cloud_project")
  Optional<String> googleCloudProject();

  /** {@return subscription of the parquet upload bus} */
  @JsonProperty("bigquery_parquet_upload_subscription_id")
  Optional<String> bigqueryParquetUploadSubscriptionId();

  /** {@return subscription of the streaming-insert bus} */
  @JsonProperty("bigquery_streaming_write_subscription_id")
  Optional<String> bigqueryStreamingWriteSubscriptionId();

  /** {@return topic of the streaming-insert bus} */
  @JsonProperty("bigquery_streaming_write_topic")
  Optional<String> bigqueryStreamingWriteTopic();

  /** {@return deprecated spelling of {@code bq_upload_bucket}; read, kept, warned of} */
  @JsonProperty("bigquery_upload_bucket")
  Optional<String> bigqueryUploadBucket();

  /** {@return deprecated spelling of {@code bq_upload_topic}; read, kept, warned of} */
  @JsonProperty("bigquery_upload_topic")
  Optional<String> bigqueryUploadTopic();

  /** {@return bucket of parquet uploads} */
  @JsonProperty("bq_upload_bucket")
  Optional<String> bqUploadBucket();

  /** {@return topic of the parquet upload bus} */
  @JsonProperty("bq_upload_topic")
  Optional<String> bqUploadTopic();

  /** {@return subscription of the metrics bus} */
  @JsonProperty("metrics_bus_subscription_id")
  Optional<String> metricsBusSubscriptionId();

  /** {@return topic of the metrics bus} */
  @JsonProperty("metrics_bus_topic_id")
  Optional<String> metricsBusTopicId();

  /** {@return result bus subscription of the metrics writers} */
  @JsonProperty("result_bus_metrics_subscription_id")
  Optional<String> resultBusMetricsSubscriptionId();

  /** {@return result bus subscription of the offline writer} */
  @JsonProperty("result_bus_offline_store_subscription_id")
  Optional<String> resultBusOfflineStoreSubscriptionId();

  /** {@return result bus subscription of the online writer} */
  @JsonProperty("result_bus_online_store_subscription_id")
  Optional<String> resultBusOnlineStoreSubscriptionId();

  /** {@return the result bus topic that the three result-bus subscriptions read} */
  @JsonProperty("result_bus_topic_id")
  Optional<String> resultBusTopicId();

  /** {@return kafka dead-letter topic} */
  @JsonProperty("kafka_dlq_topic")
  Optional<String> kafkaDlqTopic();

  /** {@return subscription of the operation bus} */
  @JsonProperty("operation_subscription_id")
  Optional<String> operationSubscriptionId();

  /** {@return subscription of the query log bus} */
  @JsonProperty("query_log_subscription_id")
  Optional<String> queryLogSubscriptionId();

  /** {@return topic of the query log bus} */
  @JsonProperty("query_log_result_topic")
  Optional<String> queryLogResultTopic();

  /** {@return subscription of the usage bus} */
  @JsonProperty("usage_events_subscription_id")
  Optional<String> usageEventsSubscriptionId();

  /** {@return topic of the usage bus} */
  @JsonProperty("usage_bus_topic_id")
  Optional<String> usageBusTopicId();

  /** {@return subscription of the vector store bus (this project's name: the API has none)} */
  @JsonProperty("vector_store_subscription_id")
  Optional<String> vectorStoreSubscriptionId();

  /** {@return whether the platform's own node selector is added to the pods} */
  @JsonProperty("include_chalk_node_selector")
  Optional<Boolean> includeChalkNodeSelector();

  /** {@return whether Google credentials come from an AWS workload identity pool} */
  @JsonProperty("use_aws_pool_for_google_adc")
  Optional<Boolean> useAwsPoolForGoogleAdc();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds {@link CommonPersistenceSpecs}; typed overloads for the closed sets. */
  class Builder extends ImmutableCommonPersistenceSpecs.Builder {
    /**
     * The bus the writers drain.
     *
     * @param backend the bus, KAFKA or PUBSUB
     * @return the bus the writers drain
     */
    public final Builder busBackend(BusBackend backend) {
      busBackend(backend.wireName());
      return this;
    }

    /**
     * The secret manager of the secrets the document names.
     *
     * @param client where the secrets are kept: AWS Secrets Manager or Google Secret Manager
     * @return the secret manager of the secrets the document names
     */
    public final Builder secretClient(SecretClient client) {
      secretClient(client.wireName());
      return this;
    }
  }
}
