package io.bgpersistence.model;

import static io.bgpersistence.model.ImageFamily.BSWL;
import static io.bgpersistence.model.ImageFamily.GO;
import static io.bgpersistence.model.ImageFamily.PYTHON;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The writer types a document may use, as data: one row per writer type ({@code bpctl types}
 * prints them). Immutable: {@link #with} returns a new registry, so users add their own types without touching ours.
 */
public final class WriterTypeRegistry {
  private static final WriterTypeRegistry BUILT_IN = new WriterTypeRegistry(List.of(
      row("ONLINE_WRITER", PYTHON, Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID, null)
          .addUses(Setting.REDIS_IS_CLUSTERED)
          .description("Writes query results to the online store (Redis, DynamoDB).").build(),
      row("METRICS_WRITER", PYTHON, Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID, Setting.METRICS_BUS_TOPIC_ID)
          .description("Turns query results into metrics on the metrics bus.").build(),
      row("GO_RESULT_BUS_METRICS_WRITER", GO, Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID, Setting.METRICS_BUS_TOPIC_ID)
          .description("Go version of METRICS_WRITER.").build(),
      row("METRICS_BUS_WRITER", PYTHON, Setting.METRICS_BUS_SUBSCRIPTION_ID, null)
          .description("Writes the metrics bus to the metrics store.").build(),
      row("GO_METRICS_BUS_WRITER", GO, Setting.METRICS_BUS_SUBSCRIPTION_ID, null)
          .description("Go version of METRICS_BUS_WRITER.").build(),
      row("OFFLINE_WRITER", PYTHON, Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID, Setting.BIGQUERY_STREAMING_WRITE_TOPIC)
          .description("Turns query results into parquet messages on the streaming-insert bus.").build(),
      row("OFFLINE_STORE_STREAMING_INSERT_WRITER", PYTHON, Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, null)
          .description("Writes the streaming-insert bus to the offline store.").build(),
      row("BIGQUERY_STREAMING_WRITE_LOADER", BSWL, Setting.BIGQUERY_STREAMING_WRITE_SUBSCRIPTION_ID, null)
          .description("Writes the streaming-insert bus to BigQuery with the Storage Write API.").build(),
      row("OFFLINE_STORE_BULK_INSERT_WRITER", PYTHON, Setting.BIGQUERY_PARQUET_UPLOAD_SUBSCRIPTION_ID, null)
          .addNeeds(Setting.BIGQUERY_UPLOAD_BUCKET)
          .addExpects(Setting.BIGQUERY_UPLOAD_TOPIC)
          .addUses(Setting.SNOWFLAKE_STORAGE_INTEGRATION_NAME)
          .description("Loads parquet files from the upload bucket with COPY INTO (non-BigQuery stores).").build(),
      row("USAGE_BUS_WRITER", PYTHON, Setting.USAGE_BUS_SUBSCRIPTION_ID, null)
          .description("Writes the usage bus.").build(),
      row("QUERY_MIRROR_CONSUMER", PYTHON, Setting.QUERY_LOG_SUBSCRIPTION_ID, null)
          .addExpects(Setting.API_SERVER_HOST)
          .description("Replays logged queries against the API server.").build(),
      row("ONLINE_VECTOR_STORE_WRITER", PYTHON, Setting.VECTOR_STORE_SUBSCRIPTION_ID, null)
          .description("Writes embeddings to the online vector store.").build()));

  private final Map<String, WriterType> byName;

  private WriterTypeRegistry(List<WriterType> types) {
    Map<String, WriterType> map = new LinkedHashMap<>();
    types.forEach(t -> map.put(t.name(), t));
    this.byName = map;
  }

  /** The documented types. */
  public static WriterTypeRegistry builtIn() {
    return BUILT_IN;
  }

  /** A registry with {@code type} added, or replacing the type of the same name. */
  public WriterTypeRegistry with(WriterType type) {
    List<WriterType> types = new ArrayList<>(byName.values());
    types.removeIf(t -> t.name().equals(type.name()));
    types.add(type);
    return new WriterTypeRegistry(types);
  }

  public Optional<WriterType> find(String name) {
    return Optional.ofNullable(byName.get(name));
  }

  /** All types, in registry order. */
  public List<WriterType> all() {
    return List.copyOf(byName.values());
  }

  public List<String> names() {
    return List.copyOf(byName.keySet());
  }

  private static WriterType.Builder row(String name, ImageFamily image, Setting reads, Setting publishes) {
    WriterType.Builder b = WriterType.builder().name(name).image(image).subscribesTo(reads);
    if (publishes != null) {
      b.publishesTo(publishes);
    }
    return b;
  }
}
