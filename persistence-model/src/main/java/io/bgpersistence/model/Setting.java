package io.bgpersistence.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every string setting of the document, one row each (after Kafka's {@code ConfigDef}): its JSON
 * name, where it lives, what role it plays, the backend it belongs to and whether it may hold a
 * secret. Rules, environment variables, the ConfigMap, {@code bpctl types}, the schema and
 * redaction all read this table instead of naming fields one by one.
 */
public enum Setting {
  BUS_BACKEND("bus_backend", common(CommonPersistenceSpecs::busBackend), Role.OTHER, null,
      values(BusBackend.class), "The message bus the writers drain: KAFKA or PUBSUB."),
  BUS_WRITER_IMAGE_GO("bus_writer_image_go", common(CommonPersistenceSpecs::busWriterImageGo), Role.IMAGE, null,
      List.of(), "Image of the Go bus writers."),
  BUS_WRITER_IMAGE_PYTHON("bus_writer_image_python", common(CommonPersistenceSpecs::busWriterImagePython), Role.IMAGE, null,
      List.of(), "Image of the Python bus writers."),
  BUS_WRITER_IMAGE_BSWL("bus_writer_image_bswl", common(CommonPersistenceSpecs::busWriterImageBswl), Role.IMAGE, null,
      List.of(), "Image of the BigQuery streaming write loader."),
  NAMESPACE("namespace", common(CommonPersistenceSpecs::namespace), Role.OTHER, null,
      List.of(), "Kubernetes namespace the writers run in."),
  SERVICE_ACCOUNT_NAME("service_account_name", common(CommonPersistenceSpecs::serviceAccountName), Role.OTHER, null,
      List.of(), "Kubernetes ServiceAccount the writers run as."),
  SECRET_CLIENT("secret_client", common(CommonPersistenceSpecs::secretClient), Role.OTHER, null,
      values(SecretClient.class), "The secret manager that holds the secrets the document names: AWS or GCP."),
  BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID("bigquery_parquet_upload_subscription_id", common(CommonPersistenceSpecs::bigqueryParquetUploadSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the parquet upload bus (bulk insert)."),
  BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID("bigquery_streaming_write_subscription_id", common(CommonPersistenceSpecs::bigqueryStreamingWriteSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the streaming-insert bus."),
  BIGQUERY_STREAMING_WRITE_TOPIC("bigquery_streaming_write_topic", common(CommonPersistenceSpecs::bigqueryStreamingWriteTopic), Role.TOPIC, null,
      List.of(), "Topic of the streaming-insert bus."),
  BIGQUERY_UPLOAD_BUCKET("bigquery_upload_bucket", common(CommonPersistenceSpecs::bigqueryUploadBucket), Role.BUCKET, null,
      List.of(), "Bucket for parquet uploads: s3://... on AWS, gs://... on GCP."),
  BIGQUERY_UPLOAD_TOPIC("bigquery_upload_topic", common(CommonPersistenceSpecs::bigqueryUploadTopic), Role.TOPIC, null,
      List.of(), "Topic of the parquet upload bus."),
  METRICS_BUS_SUBSCRIPTION_ID("metrics_bus_subscription_id", common(CommonPersistenceSpecs::metricsBusSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the metrics bus."),
  METRICS_BUS_TOPIC_ID("metrics_bus_topic_id", common(CommonPersistenceSpecs::metricsBusTopicId), Role.TOPIC, null,
      List.of(), "Topic of the metrics bus."),
  RESULT_BUS_METRICS_SUBSCRIPTION_ID("result_bus_metrics_subscription_id", common(CommonPersistenceSpecs::resultBusMetricsSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Result bus subscription of the metrics writers."),
  RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID("result_bus_offline_store_subscription_id", common(CommonPersistenceSpecs::resultBusOfflineStoreSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Result bus subscription of the offline writer."),
  RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID("result_bus_online_store_subscription_id", common(CommonPersistenceSpecs::resultBusOnlineStoreSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Result bus subscription of the online writer."),
  KAFKA_DLQ_TOPIC("kafka_dlq_topic", common(CommonPersistenceSpecs::kafkaDlqTopic), Role.TOPIC, BusBackend.KAFKA,
      List.of(), "Kafka dead-letter topic."),
  OPERATION_SUBSCRIPTION_ID("operation_subscription_id", common(CommonPersistenceSpecs::operationSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the operation bus."),
  USAGE_BUS_SUBSCRIPTION_ID("usage_bus_subscription_id", common(CommonPersistenceSpecs::usageBusSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the usage bus (USAGE_BUS_WRITER)."),
  QUERY_LOG_SUBSCRIPTION_ID("query_log_subscription_id", common(CommonPersistenceSpecs::queryLogSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the query log bus (QUERY_MIRROR_CONSUMER)."),
  VECTOR_STORE_SUBSCRIPTION_ID("vector_store_subscription_id", common(CommonPersistenceSpecs::vectorStoreSubscriptionId), Role.SUBSCRIPTION, null,
      List.of(), "Subscription of the vector store bus (ONLINE_VECTOR_STORE_WRITER)."),
  GCP_SERVICE_ACCOUNT("gcp_service_account", common(CommonPersistenceSpecs::gcpServiceAccount), Role.OTHER, BusBackend.PUBSUB,
      List.of(), "Google service account the pods act as through GKE Workload Identity (Pub/Sub)."),
  GCP_PROJECT_ID("gcp_project_id", common(CommonPersistenceSpecs::gcpProjectId), Role.OTHER, BusBackend.PUBSUB,
      List.of(), "Google Cloud project of short Pub/Sub ids (Pub/Sub)."),

  API_SERVER_HOST("api_server_host", top(PersistenceDocument::apiServerHost), Role.OTHER, null,
      List.of(), "Host of the feature platform's API server."),
  KAFKA_SASL_SECRET("kafka_sasl_secret", top(PersistenceDocument::kafkaSaslSecret), Role.OTHER, BusBackend.KAFKA,
      List.of(), "Name of the Kafka SASL credential in the secret manager: a name, never the credential."),
  KAFKA_BOOTSTRAP_SERVERS("kafka_bootstrap_servers", top(PersistenceDocument::kafkaBootstrapServers), Role.OTHER, BusBackend.KAFKA,
      List.of(), "Kafka brokers: comma-separated host:port list."),
  KAFKA_SECURITY_PROTOCOL("kafka_security_protocol", top(PersistenceDocument::kafkaSecurityProtocol), Role.OTHER, BusBackend.KAFKA,
      values(KafkaSecurityProtocol.class), "Kafka security.protocol."),
  KAFKA_SASL_MECHANISM("kafka_sasl_mechanism", top(PersistenceDocument::kafkaSaslMechanism), Role.OTHER, BusBackend.KAFKA,
      values(SaslMechanism.class), "Kafka sasl.mechanism."),
  REDIS_IS_CLUSTERED("redis_is_clustered", top(PersistenceDocument::redisIsClustered), Role.OTHER, null,
      List.of("1", "0", "true", "false"), "Whether the Redis online store is clustered: \"1\"/\"0\" (also \"true\"/\"false\")."),
  SNOWFLAKE_STORAGE_INTEGRATION_NAME("snowflake_storage_integration_name", top(PersistenceDocument::snowflakeStorageIntegrationName), Role.OTHER, null,
      List.of(), "Snowflake storage integration used by COPY INTO."),
  METADATA_PROVIDER("metadata_provider", top(PersistenceDocument::metadataProvider), Role.OTHER, null,
      values(MetadataProvider.class), "Where writers read the platform's metadata from.");

  /** Where a setting lives in the document. */
  public enum Location {
    /** Inside {@code common_persistence_specs}. */
    COMMON,
    /** At the top level of the document. */
    TOP
  }

  /** What a setting names, so that rules can treat all topics (or all images) alike. */
  public enum Role {
    SUBSCRIPTION,
    TOPIC,
    IMAGE,
    BUCKET,
    OTHER
  }

  private final Location location;
  private final String jsonName;
  private final Function<PersistenceDocument, Optional<String>> reader;
  private final Role role;
  private final BusBackend backend;
  private final List<String> allowedValues;
  private final String description;

  Setting(String jsonName, Accessor accessor, Role role, BusBackend backend, List<String> allowedValues,
      String description) {
    this.allowedValues = allowedValues;
    this.description = description;
    this.location = accessor.location();
    this.jsonName = jsonName;
    this.role = role;
    this.backend = backend;
    this.reader = accessor.reader();
  }

  private record Accessor(Location location, Function<PersistenceDocument, Optional<String>> reader) {}

  private static <E extends Enum<E> & WireValue> List<String> values(Class<E> closedSet) {
    return WireValue.wireNames(closedSet);
  }

  private static Accessor common(Function<CommonPersistenceSpecs, Optional<String>> field) {
    return new Accessor(Location.COMMON, d -> field.apply(d.specs()));
  }

  private static Accessor top(Function<PersistenceDocument, Optional<String>> field) {
    return new Accessor(Location.TOP, field);
  }

  public String jsonName() {
    return jsonName;
  }

  public Location location() {
    return location;
  }

  public Role role() {
    return role;
  }

  /** The backend this setting belongs to; empty when every backend uses it. */
  public Optional<BusBackend> backend() {
    return Optional.ofNullable(backend);
  }

  /** The closed set of values this setting takes; empty when any string will do. */
  public List<String> allowedValues() {
    return allowedValues;
  }

  /** One sentence for people: {@code bpctl types}, the schema, error messages. */
  public String description() {
    return description;
  }

  /** Whether the value may be a secret and so is never shown (the name rule of docs/contract.md). */
  public boolean isSecret() {
    return Secrets.isSecretName(jsonName);
  }

  /** The environment variable a writer reads it from: the JSON name in upper case. */
  public String envName() {
    return jsonName.toUpperCase(Locale.ROOT);
  }

  /** Its path in a document. */
  public FieldPath path() {
    return location == Location.COMMON
        ? FieldPath.ROOT.child("common_persistence_specs").child(jsonName)
        : FieldPath.ROOT.child(jsonName);
  }

  /** Its value in a document, empty when absent. */
  public Optional<String> valueIn(PersistenceDocument document) {
    return reader.apply(document);
  }

  /** Its value when the document gives one: present and not blank (blank is as good as missing). */
  public Optional<String> givenIn(PersistenceDocument document) {
    return valueIn(document).filter(v -> !v.isBlank());
  }

  public static Optional<Setting> byJsonName(String jsonName) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(jsonName)).findFirst();
  }
}
