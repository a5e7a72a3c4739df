package io.bgpersistence.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Every scalar setting of one writer that the writer process reads, one row each: its JSON name in
 * a writer entry, its JSON type, the backend it belongs to and whether it may be secret. Rendering
 * sets each given one as an environment variable of that writer (the JSON name in upper case);
 * validation, the schema and redaction read the same rows. The fields that shape the writer's
 * Kubernetes objects instead (image, replicas, resources, placement, autoscaling, disruption
 * budget) are not settings and are not here.
 */
public enum WriterSetting {
  /** The Kafka consumer group to use instead of the writer's name. */
  KAFKA_CONSUMER_GROUP_OVERRIDE(text("kafka_consumer_group_override", WriterSpec::kafkaConsumerGroupOverride)
      .backend(BusBackend.KAFKA)
      .doc("The Kafka consumer group to use instead of the writer's name.")),
  /** Most messages handled in one batch. */
  MAX_BATCH_SIZE(number("max_batch_size", WriterSpec::maxBatchSize)
      .doc("Most messages handled in one batch.")),
  /** Messages processed at once. */
  MESSAGE_PROCESSING_CONCURRENCY(number("message_processing_concurrency", WriterSpec::messageProcessingConcurrency)
      .doc("Messages processed at once.")),
  /** Name of the secret holding the metadata database's CA certificate. */
  METADATA_SQL_SSL_CA_CERT_SECRET(text("metadata_sql_ssl_ca_cert_secret", WriterSpec::metadataSqlSslCaCertSecret)
      .doc("Name of the secret holding the metadata database's CA certificate.")),
  /** Name of the secret holding the metadata database's client certificate. */
  METADATA_SQL_SSL_CLIENT_CERT_SECRET(text("metadata_sql_ssl_client_cert_secret",
      WriterSpec::metadataSqlSslClientCertSecret)
      .doc("Name of the secret holding the metadata database's client certificate.")),
  /** Name of the secret holding the metadata database's client key. */
  METADATA_SQL_SSL_CLIENT_KEY_SECRET(text("metadata_sql_ssl_client_key_secret", WriterSpec::metadataSqlSslClientKeySecret)
      .doc("Name of the secret holding the metadata database's client key.")),
  /** Name of the secret holding the metadata database's URI. */
  METADATA_SQL_URI_SECRET(text("metadata_sql_uri_secret", WriterSpec::metadataSqlUriSecret)
      .doc("Name of the secret holding the metadata database's URI.")),
  /** The offline store the inserter writes to, e.g. snowflake. */
  OFFLINE_STORE_INSERTER_DB_TYPE(text("offline_store_inserter_db_type", WriterSpec::offlineStoreInserterDbType)
      .doc("The offline store the inserter writes to, e.g. snowflake.")),
  /** Prefix of the writer's storage cache. */
  STORAGE_CACHE_PREFIX(text("storage_cache_prefix", WriterSpec::storageCachePrefix)
      .doc("Prefix of the writer's storage cache.")),
  /** Where usage is stored (a URI; may carry a password, so it is never echoed). */
  USAGE_STORE_URI(text("usage_store_uri", WriterSpec::usageStoreUri)
      .doc("Where usage is stored (a URI; may carry a password, so it is never echoed).")),
  /** The results writer skips producing feature metrics. */
  RESULTS_WRITER_SKIP_PRODUCING_FEATURE_METRICS(flag("results_writer_skip_producing_feature_metrics",
      WriterSpec::resultsWriterSkipProducingFeatureMetrics)
      .doc("The results writer skips producing feature metrics.")),
  /** Share of query-table writes dropped: a number from 0 to 1 written as a string (default "0.0"). */
  QUERY_TABLE_WRITE_DROP_RATIO(text("query_table_write_drop_ratio", WriterSpec::queryTableWriteDropRatio)
      .doc("Share of query-table writes dropped: a number from 0 to 1 written as a string (default \"0.0\").")),
  /** How a metrics writer writes query rows to ClickHouse. */
  CHALK_QUERIES_CLICKHOUSE_WRITE_MODE(text("chalk_queries_clickhouse_write_mode",
      WriterSpec::chalkQueriesClickhouseWriteMode).doc("How a metrics writer writes query rows to ClickHouse.")),
  /** How a metrics writer writes error rows to ClickHouse. */
  CHALK_ERRORS_CLICKHOUSE_WRITE_MODE(text("chalk_errors_clickhouse_write_mode",
      WriterSpec::chalkErrorsClickhouseWriteMode).doc("How a metrics writer writes error rows to ClickHouse.")),
  /** How a metrics writer emits metrics. */
  METRICS_EMISSION_MODE(text("metrics_emission_mode", WriterSpec::metricsEmissionMode)
      .doc("How a metrics writer emits metrics.")),
  /** Whether the writer loads the writers' ConfigMap. */
  LOAD_WRITER_CONFIGMAP(flag("load_writer_configmap", WriterSpec::loadWriterConfigmap)
      .doc("Whether the writer loads the writers' ConfigMap."));

  private final String jsonName;
  private final Setting.JsonType type;
  private final Function<WriterSpec, Optional<String>> reader;
  private final BusBackend backend;
  private final String description;

  WriterSetting(Row row) {
    this.jsonName = row.jsonName;
    this.type = row.type;
    this.reader = row.reader;
    this.backend = row.backend;
    this.description = row.description;
  }

  /** {@return the JSON name in a writer entry} */
  public String jsonName() {
    return jsonName;
  }

  /** {@return its JSON type} */
  public Setting.JsonType jsonType() {
    return type;
  }

  /** {@return the backend this setting belongs to; empty when every backend uses it} */
  public Optional<BusBackend> backend() {
    return Optional.ofNullable(backend);
  }

  /** {@return one sentence for people} */
  public String description() {
    return description;
  }

  /** {@return whether the value may be a secret and so is never shown} */
  public boolean isSecret() {
    return Secrets.isSecretName(jsonName);
  }

  /** {@return the environment variable the writer reads it from} */
  public String envName() {
    return jsonName.toUpperCase(Locale.ROOT);
  }

  /**
   * Its value in a writer entry as environment text, empty when absent.
   *
   * @param writer the writer entry to read it from
   * @return its value in a writer entry as environment text, empty when absent
   */
  public Optional<String> valueIn(WriterSpec writer) {
    return reader.apply(writer);
  }

  /**
   * Its path in the writer at {@code writerPath}.
   *
   * @param writerPath the path of the writer entry, e.g. {@code writers[2]}
   * @return its path in the writer at {@code writerPath}
   */
  public FieldPath pathIn(FieldPath writerPath) {
    return writerPath.child(jsonName);
  }

  /**
   * The row of this JSON name.
   *
   * @param jsonName the setting's field name as the JSON has it, e.g. {@code max_batch_size}
   * @return the row of this JSON name
   */
  public static Optional<WriterSetting> byJsonName(String jsonName) {
    return Arrays.stream(values()).filter(s -> s.jsonName.equals(jsonName)).findFirst();
  }

  private static Row text(String jsonName, Function<WriterSpec, Optional<String>> field) {
    return new Row(jsonName, Setting.JsonType.STRING, field);
  }

  private static Row number(String jsonName, Function<WriterSpec, Optional<Integer>> field) {
    return new Row(jsonName, Setting.JsonType.INTEGER, w -> field.apply(w).map(String::valueOf));
  }

  private static Row flag(String jsonName, Function<WriterSpec, Optional<Boolean>> field) {
    return new Row(jsonName, Setting.JsonType.BOOLEAN, w -> field.apply(w).map(String::valueOf));
  }

  /** One row while it is being defined. */
  private static final class Row {
    final String jsonName;
    final Setting.JsonType type;
    final Function<WriterSpec, Optional<String>> reader;
    BusBackend backend;
    String description = "";

    Row(String jsonName, Setting.JsonType type, Function<WriterSpec, Optional<String>> reader) {
      this.jsonName = jsonName;
      this.type = type;
      this.reader = reader;
    }

    Row backend(BusBackend b) {
      this.backend = b;
      return this;
    }

    Row doc(String text) {
      this.description = text;
      return this;
    }
  }
}
