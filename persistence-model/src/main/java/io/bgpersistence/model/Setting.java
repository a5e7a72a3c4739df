package io.bgpersistence.model;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every scalar setting of the fleet (top level and {@code common_persistence_specs}), one row each
 * (after Kafka's {@code ConfigDef}): its JSON name (and a deprecated spelling, if it has one), where
 * it lives, its JSON type, what role it plays, the backend it belongs to, its closed set of values
 * and whether it may hold a secret. Rules, environment variables, the ConfigMap,
 * {@code bpctl types}, the schema and redaction all read this table instead of naming fields one
 * by one. A writer's own settings are {@link WriterSetting}'s rows.
 */
public enum Setting {
  /** The message bus the writers drain: KAFKA or PUBSUB. */
  BUS_BACKEND(string("bus_backend", CommonPersistenceSpecs::busBackend).closedSet(BusBackend.class)
      .doc("The message bus the writers drain: KAFKA or PUBSUB.")),
  /** Image of the Go bus writers. */
  BUS_WRITER_IMAGE_GO(string("bus_writer_image_go", CommonPersistenceSpecs::busWriterImageGo).role(Role.IMAGE)
      .doc("Image of the Go bus writers.")),
  /** Image of the Python bus writers. */
  BUS_WRITER_IMAGE_PYTHON(string("bus_writer_image_python", CommonPersistenceSpecs::busWriterImagePython).role(Role.IMAGE)
      .doc("Image of the Python bus writers.")),
  /** Image of the BigQuery streaming write loader. */
  BUS_WRITER_IMAGE_BSWL(string("bus_writer_image_bswl", CommonPersistenceSpecs::busWriterImageBswl).role(Role.IMAGE)
      .doc("Image of the BigQuery streaming write loader.")),
  /** Image of the Rust bus writers. */
  BUS_WRITER_IMAGE_RUST(string("bus_writer_image_rust", CommonPersistenceSpecs::busWriterImageRust).role(Role.IMAGE)
      .doc("Image of the Rust bus writers.")),
  /** Kubernetes namespace the writers run in. */
  NAMESPACE(string("namespace", CommonPersistenceSpecs::namespace)
      .doc("Kubernetes namespace the writers run in.")),
  /** Kubernetes ServiceAccount the writers run as. */
  SERVICE_ACCOUNT_NAME(string("service_account_name", CommonPersistenceSpecs::serviceAccountName)
      .doc("Kubernetes ServiceAccount the writers run as.")),
  /** The secret manager that holds the secrets the document names: AWS or GCP. */
  SECRET_CLIENT(string("secret_client", CommonPersistenceSpecs::secretClient).closedSet(SecretClient.class)
      .doc("The secret manager that holds the secrets the document names: AWS or GCP.")),
  /** The Google Cloud project of the installation (on GCP); short Pub/Sub ids are resolved in it. */
  GOOGLE_CLOUD_PROJECT(string("google_cloud_project", CommonPersistenceSpecs::googleCloudProject)
      .doc("The Google Cloud project of the installation (on GCP); short Pub/Sub ids are resolved in it.")),
  /** Subscription of the parquet upload bus (bulk insert). */
  BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID(string("bigquery_parquet_upload_subscription_id",
      CommonPersistenceSpecs::bigqueryParquetUploadSubscriptionId).role(Role.SUBSCRIPTION)
      .doc("Subscription of the parquet upload bus (bulk insert).")),
  /** Subscription of the streaming-insert bus. */
  BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID(string("bigquery_streaming_write_subscription_id",
      CommonPersistenceSpecs::bigqueryStreamingWriteSubscriptionId).role(Role.SUBSCRIPTION)
      .doc("Subscription of the streaming-insert bus.")),
  /** Topic of the streaming-insert bus. */
  BIGQUERY_STREAMING_WRITE_TOPIC(string("bigquery_streaming_write_topic",
      CommonPersistenceSpecs::bigqueryStreamingWriteTopic).role(Role.TOPIC)
      .doc("Topic of the streaming-insert bus.")),
  /** Bucket for parquet uploads: s3://... on AWS, gs://... on GCP. */
  BQ_UPLOAD_BUCKET(string("bq_upload_bucket", CommonPersistenceSpecs::bqUploadBucket).role(Role.BUCKET)
      .deprecated("bigquery_upload_bucket", CommonPersistenceSpecs::bigqueryUploadBucket)
      .doc("Bucket for parquet uploads: s3://... on AWS, gs://... on GCP.")),
  /** Topic of the parquet upload bus. */
  BQ_UPLOAD_TOPIC(string("bq_upload_topic", CommonPersistenceSpecs::bqUploadTopic).role(Role.TOPIC)
      .deprecated("bigquery_upload_topic", CommonPersistenceSpecs::bigqueryUploadTopic)
      .doc("Topic of the parquet upload bus.")),
  /** Subscription of the metrics bus. */
  METRICS_BUS_SUBSCRIPTION_ID(string("metrics_bus_subscription_id", CommonPersistenceSpecs::metricsBusSubscriptionId)
      .role(Role.SUBSCRIPTION).doc("Subscription of the metrics bus.")),
  /** Topic of the metrics bus. */
  METRICS_BUS_TOPIC_ID(string("metrics_bus_topic_id", CommonPersistenceSpecs::metricsBusTopicId).role(Role.TOPIC)
      .doc("Topic of the metrics bus.")),
  /** Result bus subscription of the metrics writers. */
  RESULT_BUS_METRICS_SUBSCRIPTION_ID(string("result_bus_metrics_subscription_id",
      CommonPersistenceSpecs::resultBusMetricsSubscriptionId).role(Role.SUBSCRIPTION)
      .doc("Result bus subscription of the metrics writers.")),
  /** Result bus subscription of the offline writer. */
  RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID(string("result_bus_offline_store_subscription_id",
      CommonPersistenceSpecs::resultBusOfflineStoreSubscriptionId).role(Role.SUBSCRIPTION)
      .doc("Result bus subscription of the offline writer.")),
  /** Result bus subscription of the online writer. */
  RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID(string("result_bus_online_store_subscription_id",
      CommonPersistenceSpecs::resultBusOnlineStoreSubscriptionId).role(Role.SUBSCRIPTION)
      .doc("Result bus subscription of the online writer.")),
  /** The result bus topic the query servers publish to; the three result_bus_*_subscription_id read it. */
  RESULT_BUS_TOPIC_ID(string("result_bus_topic_id", CommonPersistenceSpecs::resultBusTopicId).role(Role.TOPIC)
      .doc("The result bus topic the query servers publish to; the three result_bus_*_subscription_id read it.")),
  /** Kafka dead-letter topic. */
  KAFKA_DLQ_TOPIC(string("kafka_dlq_topic", CommonPersistenceSpecs::kafkaDlqTopic).role(Role.TOPIC)
      .backend(BusBackend.KAFKA).doc("Kafka dead-letter topic.")),
  /** Subscription of the operation bus. */
  OPERATION_SUBSCRIPTION_ID(string("operation_subscription_id", CommonPersistenceSpecs::operationSubscriptionId)
      .role(Role.SUBSCRIPTION).doc("Subscription of the operation bus.")),
  /** Subscription of the query log bus (QUERY_MIRROR_CONSUMER). */
  QUERY_LOG_SUBSCRIPTION_ID(string("query_log_subscription_id", CommonPersistenceSpecs::queryLogSubscriptionId)
      .role(Role.SUBSCRIPTION).doc("Subscription of the query log bus (QUERY_MIRROR_CONSUMER).")),
  /** Topic of the query log bus. */
  QUERY_LOG_RESULT_TOPIC(string("query_log_result_topic", CommonPersistenceSpecs::queryLogResultTopic).role(Role.TOPIC)
      .doc("Topic of the query log bus.")),
  /** Subscription of the usage bus (USAGE_BUS_WRITER). */
  USAGE_EVENTS_SUBSCRIPTION_ID(string("usage_events_subscription_id", CommonPersistenceSpecs::usageEventsSubscriptionId)
      .role(Role.SUBSCRIPTION).doc("Subscription of the usage bus (USAGE_BUS_WRITER).")),
  /** Topic of the usage bus. */
  USAGE_BUS_TOPIC_ID(string("usage_bus_topic_id", CommonPersistenceSpecs::usageBusTopicId).role(Role.TOPIC)
      .doc("Topic of the usage bus.")),
  /** Subscription of the vector store bus (ONLINE_VECTOR_STORE_WRITER); this project's name, the API has none. */
  VECTOR_STORE_SUBSCRIPTION_ID(string("vector_store_subscription_id", CommonPersistenceSpecs::vectorStoreSubscriptionId)
      .role(Role.SUBSCRIPTION)
      .doc("Subscription of the vector store bus (ONLINE_VECTOR_STORE_WRITER); this project's name, the API has none.")),
  /** Whether the platform's own node selector is added to the pods. */
  INCLUDE_CHALK_NODE_SELECTOR(flag("include_chalk_node_selector", CommonPersistenceSpecs::includeChalkNodeSelector)
      .doc("Whether the platform's own node selector is added to the pods.")),
  /** Whether Google credentials come from an AWS workload identity pool. */
  USE_AWS_POOL_FOR_GOOGLE_ADC(flag("use_aws_pool_for_google_adc", CommonPersistenceSpecs::useAwsPoolForGoogleAdc)
      .doc("Whether Google credentials come from an AWS workload identity pool.")),

  /** Host of the feature platform's API server. */
  API_SERVER_HOST(top("api_server_host", PersistenceDocument::apiServerHost)
      .doc("Host of the feature platform's API server.")),
  /** Name of the Kafka SASL credential in the secret manager: a name, never the credential. */
  KAFKA_SASL_SECRET(top("kafka_sasl_secret", PersistenceDocument::kafkaSaslSecret).backend(BusBackend.KAFKA)
      .doc("Name of the Kafka SASL credential in the secret manager: a name, never the credential.")),
  /** Kafka brokers: comma-separated host:port list. */
  KAFKA_BOOTSTRAP_SERVERS(top("kafka_bootstrap_servers", PersistenceDocument::kafkaBootstrapServers)
      .backend(BusBackend.KAFKA).doc("Kafka brokers: comma-separated host:port list.")),
  /** Kafka security.protocol. */
  KAFKA_SECURITY_PROTOCOL(top("kafka_security_protocol", PersistenceDocument::kafkaSecurityProtocol)
      .backend(BusBackend.KAFKA).closedSet(KafkaSecurityProtocol.class).doc("Kafka security.protocol.")),
  /** Kafka sasl.mechanism. */
  KAFKA_SASL_MECHANISM(top("kafka_sasl_mechanism", PersistenceDocument::kafkaSaslMechanism)
      .backend(BusBackend.KAFKA).closedSet(SaslMechanism.class).doc("Kafka sasl.mechanism.")),
  /** Whether the Redis online store is clustered: "1"/"0" (also "true"/"false"). */
  REDIS_IS_CLUSTERED(top("redis_is_clustered", PersistenceDocument::redisIsClustered)
      .closedSet(List.of("1", "0", "true", "false"))
      .doc("Whether the Redis online store is clustered: \"1\"/\"0\" (also \"true\"/\"false\").")),
  /** Snowflake storage integration used by COPY INTO. */
  SNOWFLAKE_STORAGE_INTEGRATION_NAME(top("snowflake_storage_integration_name",
      PersistenceDocument::snowflakeStorageIntegrationName).doc("Snowflake storage integration used by COPY INTO.")),
  /** Where writers read the platform's metadata from. */
  METADATA_PROVIDER(top("metadata_provider", PersistenceDocument::metadataProvider).closedSet(MetadataProvider.class)
      .doc("Where writers read the platform's metadata from.")),
  /** Whether the Redis "lightning" online store supports has-many features. */
  REDIS_LIGHTNING_SUPPORTS_HAS_MANY(topFlag("redis_lightning_supports_has_many",
      PersistenceDocument::redisLightningSupportsHasMany)
      .doc("Whether the Redis \"lightning\" online store supports has-many features.")),
  /** Whether the writers talk to the platform without TLS. */
  INSECURE(topFlag("insecure", PersistenceDocument::insecure)
      .doc("Whether the writers talk to the platform without TLS.")),
  /** Whether the platform creates the cloud resources (topics, buckets) itself. */
  BOOTSTRAP_CLOUD_RESOURCES(topFlag("bootstrap_cloud_resources", PersistenceDocument::bootstrapCloudResources)
      .notForWriters().doc("Whether the platform creates the cloud resources (topics, buckets) itself.")),
  /** Suspends the fleet: every writer at zero replicas, no autoscaler. */
  SUSPENDED(topFlag("suspended", PersistenceDocument::suspended).notForWriters()
      .doc("Suspends the fleet: every writer at zero replicas, no autoscaler.")),
  /** Key the platform uses to discover this installation (never echoed). */
  AUTODISCOVER_KEY(top("autodiscover_key", PersistenceDocument::autodiscoverKey).notForWriters()
      .doc("Key the platform uses to discover this installation (never echoed)."));

  /** Where a setting lives in the document. */
  public enum Location {
    /** Inside {@code common_persistence_specs}. */
    COMMON,
    /** At the top level of the document. */
    TOP
  }

  /** What a setting names, so that rules can treat all topics (or all images) alike. */
  public enum Role {
    /** A subscription id (under Kafka: the topic a writer reads). */
    SUBSCRIPTION,
    /** A topic. */
    TOPIC,
    /** A container image reference. */
    IMAGE,
    /** A storage bucket. */
    BUCKET,
    /** Anything else. */
    OTHER
  }

  /** The JSON type of a setting's value. */
  public enum JsonType {
    /** A JSON string. */
    STRING,
    /** A JSON boolean; its environment value is {@code true} or {@code false}. */
    BOOLEAN,
    /** A JSON whole number. */
    INTEGER
  }

  private final Row row;

  Setting(Row row) {
    this.row = row;
  }

  /** {@return the JSON name the format writes today} */
  public String jsonName() {
    return row.jsonName;
  }

  /** {@return the older spelling that documents may still use (read, kept, warned of); empty when none} */
  public Optional<String> deprecatedName() {
    return Optional.ofNullable(row.deprecatedName);
  }

  /** {@return where the setting lives} */
  public Location location() {
    return row.location;
  }

  /** {@return its JSON type} */
  public JsonType jsonType() {
    return row.type;
  }

  /** {@return what it names} */
  public Role role() {
    return row.role;
  }

  /** {@return the backend this setting belongs to; empty when every backend uses it} */
  public Optional<BusBackend> backend() {
    return Optional.ofNullable(row.backend);
  }

  /** {@return the closed set of values this setting takes (compared ignoring case); empty when any will do} */
  public List<String> allowedValues() {
    return row.allowedValues;
  }

  /** {@return one sentence for people: {@code bpctl types}, the schema, error messages} */
  public String description() {
    return row.description;
  }

  /** {@return whether the writers read it (through the ConfigMap or their own environment)} */
  public boolean isReadByWriters() {
    return row.readByWriters;
  }

  /** {@return whether the value may be a secret and so is never shown} */
  public boolean isSecret() {
    return Secrets.isSecretName(row.jsonName);
  }

  /** {@return the environment variable a writer reads it from: the current JSON name in upper case} */
  public String envName() {
    return row.jsonName.toUpperCase(Locale.ROOT);
  }

  /** {@return its path under its current name} */
  public FieldPath path() {
    return pathOf(row.jsonName);
  }

  /**
   * Its path in this document: under the deprecated name when only that one is given, so that a
   * problem points at what the user wrote.
   *
   * @param document the document whose spelling decides the path
   * @return its path in this document: under the deprecated name when only that one is given, so that a problem points at what the user wrote
   */
  public FieldPath pathIn(PersistenceDocument document) {
    boolean onlyDeprecated = row.deprecatedName != null && row.reader.apply(document).isEmpty()
        && row.deprecatedReader.apply(document).isPresent();
    return onlyDeprecated ? pathOf(row.deprecatedName) : path();
  }

  /** {@return its path under the deprecated name; empty when it has none} */
  public Optional<FieldPath> deprecatedPath() {
    return deprecatedName().map(this::pathOf);
  }

  /**
   * The value under the current name alone.
   *
   * @param document the document to read
   * @return the value under the current name alone
   */
  public Optional<String> currentValueIn(PersistenceDocument document) {
    return row.reader.apply(document);
  }

  /**
   * The value under the deprecated name alone; empty when the setting has none.
   *
   * @param document the document to read
   * @return the value under the deprecated name alone; empty when the setting has none
   */
  public Optional<String> deprecatedValueIn(PersistenceDocument document) {
    return row.deprecatedName == null ? Optional.empty() : row.deprecatedReader.apply(document);
  }

  /**
   * Its value in a document (the current spelling first), empty when absent; booleans as text.
   *
   * @param document the document to read
   * @return its value in a document (the current spelling first), empty when absent; booleans as text
   */
  public Optional<String> valueIn(PersistenceDocument document) {
    Optional<String> current = row.reader.apply(document);
    return current.isPresent() || row.deprecatedName == null ? current : row.deprecatedReader.apply(document);
  }

  /**
   * Its value when the document gives one: present and not blank (blank is as good as missing).
   *
   * @param document the document to read
   * @return its value when the document gives one: present and not blank (blank is as good as missing)
   */
  public Optional<String> givenIn(PersistenceDocument document) {
    return valueIn(document).filter(v -> !v.isBlank());
  }

  /**
   * The row of this JSON name, current or deprecated.
   *
   * @param jsonName a field name of the shared settings as the JSON has it, current or deprecated
   * @return the row of this JSON name, current or deprecated
   */
  public static Optional<Setting> byJsonName(String jsonName) {
    return Arrays.stream(values())
        .filter(s -> s.row.jsonName.equals(jsonName) || jsonName.equals(s.row.deprecatedName))
        .findFirst();
  }

  private FieldPath pathOf(String name) {
    return row.location == Location.COMMON
        ? FieldPath.ROOT.child("common_persistence_specs").child(name)
        : FieldPath.ROOT.child(name);
  }

  // ---- the rows' builder -----------------------------------------------------------------------

  private static Row string(String jsonName, Function<CommonPersistenceSpecs, Optional<String>> field) {
    return new Row(jsonName, Location.COMMON, JsonType.STRING, d -> field.apply(d.specs()));
  }

  private static Row flag(String jsonName, Function<CommonPersistenceSpecs, Optional<Boolean>> field) {
    return new Row(jsonName, Location.COMMON, JsonType.BOOLEAN, d -> field.apply(d.specs()).map(String::valueOf));
  }

  private static Row top(String jsonName, Function<PersistenceDocument, Optional<String>> field) {
    return new Row(jsonName, Location.TOP, JsonType.STRING, field);
  }

  private static Row topFlag(String jsonName, Function<PersistenceDocument, Optional<Boolean>> field) {
    return new Row(jsonName, Location.TOP, JsonType.BOOLEAN, d -> field.apply(d).map(String::valueOf));
  }

  /** One row while it is being defined; the enum constant keeps it. */
  private static final class Row {
    final String jsonName;
    final Location location;
    final JsonType type;
    final Function<PersistenceDocument, Optional<String>> reader;
    String deprecatedName;
    Function<PersistenceDocument, Optional<String>> deprecatedReader;
    Role role = Role.OTHER;
    BusBackend backend;
    List<String> allowedValues = List.of();
    String description = "";
    boolean readByWriters = true;

    Row(String jsonName, Location location, JsonType type, Function<PersistenceDocument, Optional<String>> reader) {
      this.jsonName = jsonName;
      this.location = location;
      this.type = type;
      this.reader = reader;
    }

    Row role(Role r) {
      this.role = r;
      return this;
    }

    Row backend(BusBackend b) {
      this.backend = b;
      return this;
    }

    <E extends Enum<E> & WireValue> Row closedSet(Class<E> closedSet) {
      return closedSet(WireValue.wireNames(closedSet));
    }

    Row closedSet(List<String> values) {
      this.allowedValues = List.copyOf(values);
      return this;
    }

    Row deprecated(String name, Function<CommonPersistenceSpecs, Optional<String>> field) {
      this.deprecatedName = name;
      this.deprecatedReader = d -> field.apply(d.specs());
      return this;
    }

    Row notForWriters() {
      this.readByWriters = false;
      return this;
    }

    Row doc(String text) {
      this.description = text;
      return this;
    }
  }
}
