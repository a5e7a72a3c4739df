package io.bgpersistence.model;

import static io.bgpersistence.model.ImageFamily.BSWL;
import static io.bgpersistence.model.ImageFamily.GO;
import static io.bgpersistence.model.ImageFamily.PYTHON;
import static io.bgpersistence.model.ImageFamily.RUST;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The writer types a document may use, as data, one row each. Immutable: {@link #with} returns a
 * new registry, so users add their own types without touching ours. Names compare ignoring case, as
 * the platform's own documents write closed sets in either case.
 */
public final class WriterTypeRegistry {
  private static final WriterTypeRegistry BUILT_IN = new WriterTypeRegistry(List.of(
      row(WriterTypes.ONLINE_WRITER, PYTHON, Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, null)
          .addUses(Setting.RESULT_BUS_TOPIC_ID, Setting.REDIS_IS_CLUSTERED, Setting.REDIS_LIGHTNING_SUPPORTS_HAS_MANY)
          .description("Writes query results to the online store (Redis, DynamoDB).").build(),
      row(WriterTypes.METRICS_WRITER, PYTHON, Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID, Setting.METRICS_BUS_TOPIC_ID)
          .addUses(Setting.RESULT_BUS_TOPIC_ID)
          .description("Turns query results into metrics on the metrics bus.").build(),
      row(WriterTypes.GO_RESULT_BUS_METRICS_WRITER, GO, Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID,
          Setting.METRICS_BUS_TOPIC_ID)
          .addUses(Setting.RESULT_BUS_TOPIC_ID)
          .description("Go version of METRICS_WRITER.").build(),
      row(WriterTypes.METRICS_BUS_WRITER, PYTHON, Setting.METRICS_BUS_SUBSCRIPTION_ID, null)
          .description("Writes the metrics bus to the metrics store.").build(),
      row(WriterTypes.GO_METRICS_BUS_WRITER, GO, Setting.METRICS_BUS_SUBSCRIPTION_ID, null)
          .description("Go version of METRICS_BUS_WRITER.").build(),
      row(WriterTypes.OFFLINE_WRITER, PYTHON, Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID,
          Setting.BIGQUERY_STREAMING_WRITE_TOPIC)
          .addUses(Setting.RESULT_BUS_TOPIC_ID)
          .description("Turns query results into parquet messages on the streaming-insert bus.").build(),
      row(WriterTypes.OFFLINE_STORE_STREAMING_INSERT_WRITER, PYTHON, Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, null)
          .description("Writes the streaming-insert bus to the offline store.").build(),
      row(WriterTypes.BIGQUERY_STREAMING_WRITE_LOADER, BSWL, Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, null)
          .description("Writes the streaming-insert bus to BigQuery with the Storage Write API.").build(),
      row(WriterTypes.OFFLINE_STORE_BULK_INSERT_WRITER, PYTHON, Setting.BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID, null)
          .addNeeds(Setting.BQ_UPLOAD_BUCKET)
          .addExpects(Setting.BQ_UPLOAD_TOPIC)
          .addUses(Setting.SNOWFLAKE_STORAGE_INTEGRATION_NAME)
          .description("Loads parquet files from the upload bucket with COPY INTO (non-BigQuery stores).").build(),
      row(WriterTypes.USAGE_BUS_WRITER, PYTHON, Setting.USAGE_EVENTS_SUBSCRIPTION_ID, null)
          .addUses(Setting.USAGE_BUS_TOPIC_ID)
          .description("Writes the usage bus.").build(),
      row(WriterTypes.QUERY_MIRROR_CONSUMER, PYTHON, Setting.QUERY_LOG_SUBSCRIPTION_ID, null)
          .addExpects(Setting.API_SERVER_HOST)
          .addUses(Setting.QUERY_LOG_RESULT_TOPIC)
          .description("Replays logged queries against the API server.").build(),
      row(WriterTypes.ONLINE_VECTOR_STORE_WRITER, PYTHON, Setting.VECTOR_STORE_SUBSCRIPTION_ID, null)
          .description("Writes embeddings to the online vector store.").build(),
      WriterType.builder().name(WriterTypes.CLUSTER_MANAGER).inferred(true)
          .description("The platform's cluster manager (records node, pod and GPU metrics per "
              + "cluster_manager_config); its image is not public: give image_override.").build(),
      WriterType.builder().name(WriterTypes.RUST_OFFLINE_WRITER).image(RUST).inferred(true)
          .addExpects(Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID)
          .description("Rust offline writer (runs bus_writer_image_rust; assumed to read the offline result-bus "
              + "subscription).").build()));

  private final Map<String, WriterType> byName;

  private WriterTypeRegistry(List<WriterType> types) {
    Map<String, WriterType> map = new LinkedHashMap<>();
    types.forEach(t -> map.put(key(t.name()), t));
    this.byName = map;
  }

  /** {@return the documented types, and the two known to exist whose rows are inferred} */
  public static WriterTypeRegistry builtIn() {
    return BUILT_IN;
  }

  /**
   * A registry with {@code type} added, or replacing the type of the same name.
   *
   * @param type the writer type to add; it replaces the row whose name matches, ignoring case
   * @return A registry with {@code type} added, or replacing the type of the same name
   */
  public WriterTypeRegistry with(WriterType type) {
    List<WriterType> types = new ArrayList<>(byName.values());
    types.removeIf(t -> key(t.name()).equals(key(type.name())));
    types.add(type);
    return new WriterTypeRegistry(types);
  }

  /**
   * The row of this name, ignoring case.
   *
   * @param name a writer type's name, e.g. {@code ONLINE_WRITER}; case is ignored
   * @return the row of this name, ignoring case
   */
  public Optional<WriterType> find(String name) {
    return Optional.ofNullable(byName.get(key(name)));
  }

  /**
   * The row of this name, or for a type the registry does not know (the platform adds types over
   * time) a row that knows nothing: no image, no bus. Such a writer runs its {@code image_override}
   * with the shared settings and its {@code additional_env_vars}.
   *
   * @param name a writer type's name as the document gives it; case is ignored
   * @return the row of this name, or for a type the registry does not know (the platform adds types over time) a row that knows nothing: no image, no bus
   */
  public WriterType resolve(String name) {
    return find(name).orElseGet(() -> WriterType.builder().name(name.toUpperCase(Locale.ROOT))
        .description("not in the registry").build());
  }

  /** {@return all types, in registry order} */
  public List<WriterType> all() {
    return List.copyOf(byName.values());
  }

  /** {@return all type names, in registry order} */
  public List<String> names() {
    return byName.values().stream().map(WriterType::name).toList();
  }

  private static String key(String name) {
    return name.toUpperCase(Locale.ROOT);
  }

  private static WriterType.Builder row(String name, ImageFamily image, Setting reads, Setting publishes) {
    WriterType.Builder b = WriterType.builder().name(name).image(image).subscribesTo(reads);
    if (publishes != null) {
      b.publishesTo(publishes);
    }
    return b;
  }
}
