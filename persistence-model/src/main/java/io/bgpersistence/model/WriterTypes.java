package io.bgpersistence.model;

/**
 * The names of the built-in writer types, for code that builds documents
 * ({@code writer.withBusSubscriberType(WriterTypes.ONLINE_WRITER)}). Their rows are in
 * {@link WriterTypeRegistry#builtIn()}.
 */
public final class WriterTypes {
  /** Writes query results to the online store. */
  public static final String ONLINE_WRITER = "ONLINE_WRITER";
  /** Turns query results into metrics on the metrics bus. */
  public static final String METRICS_WRITER = "METRICS_WRITER";
  /** Go version of {@link #METRICS_WRITER}. */
  public static final String GO_RESULT_BUS_METRICS_WRITER = "GO_RESULT_BUS_METRICS_WRITER";
  /** Writes the metrics bus to the metrics store. */
  public static final String METRICS_BUS_WRITER = "METRICS_BUS_WRITER";
  /** Go version of {@link #METRICS_BUS_WRITER}. */
  public static final String GO_METRICS_BUS_WRITER = "GO_METRICS_BUS_WRITER";
  /** First stage of the offline path: query results to parquet messages. */
  public static final String OFFLINE_WRITER = "OFFLINE_WRITER";
  /** Second stage of the offline path: parquet messages to the offline store. */
  public static final String OFFLINE_STORE_STREAMING_INSERT_WRITER = "OFFLINE_STORE_STREAMING_INSERT_WRITER";
  /** Second stage of the offline path for BigQuery, with the Storage Write API. */
  public static final String BIGQUERY_STREAMING_WRITE_LOADER = "BIGQUERY_STREAMING_WRITE_LOADER";
  /** Loads parquet files from the upload bucket (non-BigQuery offline stores). */
  public static final String OFFLINE_STORE_BULK_INSERT_WRITER = "OFFLINE_STORE_BULK_INSERT_WRITER";
  /** Writes the usage bus. */
  public static final String USAGE_BUS_WRITER = "USAGE_BUS_WRITER";
  /** Replays logged queries against the API server. */
  public static final String QUERY_MIRROR_CONSUMER = "QUERY_MIRROR_CONSUMER";
  /** Writes embeddings to the online vector store. */
  public static final String ONLINE_VECTOR_STORE_WRITER = "ONLINE_VECTOR_STORE_WRITER";
  /** The platform's cluster manager (inferred: seen in Chalk's own configurations). */
  public static final String CLUSTER_MANAGER = "CLUSTER_MANAGER";
  /** The Rust offline writer (inferred: goes with {@code bus_writer_image_rust}). */
  public static final String RUST_OFFLINE_WRITER = "RUST_OFFLINE_WRITER";

  private WriterTypes() {}
}
