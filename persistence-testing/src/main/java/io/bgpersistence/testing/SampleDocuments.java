package io.bgpersistence.testing;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.List;
import java.util.Optional;

/**
 * Valid documents built in code, for tests: each validates with no errors.
 * <ul>
 *   <li>{@link #kafkaSeedFilledIn()}: the installation page's example with its placeholders filled in;</li>
 *   <li>{@link #kafka()}: the same settings with one writer of every built-in type;</li>
 *   <li>{@link #pubsub()}: a Pub/Sub fleet on GCP.</li>
 * </ul>
 */
public final class SampleDocuments {
  /** The samples' Go writer image. */
  public static final String GO_IMAGE = "registry.example.com/bgpersistence/go-bus-writer:1.8.2";
  /** The samples' Python writer image. */
  public static final String PYTHON_IMAGE = "registry.example.com/bgpersistence/python-bus-writer:1.8.2";
  /** The samples' BigQuery streaming write loader image. */
  public static final String BSWL_IMAGE = "registry.example.com/bgpersistence/bigquery-streaming-write-loader:1.8.2";

  private SampleDocuments() {}

  /**
   * The seed example's settings and its two writers, every placeholder filled in. It keeps the
   * page's deprecated {@code bigquery_upload_*} spelling, so it validates with warnings about it.
   *
   * @return the seed example's settings and its two writers, every placeholder filled in
   */
  public static PersistenceDocument kafkaSeedFilledIn() {
    return kafkaSettings()
        .addWriters(
            writer("go-metrics-bus-writer", "GO_METRICS_BUS_WRITER", "200m", "512Mi", "1", "512Mi"),
            writer("go-result-bus-metrics-writer", "GO_RESULT_BUS_METRICS_WRITER", "400m", "1024Mi", "1", "1024Mi"))
        .build();
  }

  /**
   * The seed example's settings in the platform API's current names (and every bus) with one
   * writer of every documented type; the online writer shows the per-writer fields real documents use.
   *
   * @return the seed example's settings in the platform API's current names (and every bus) with one writer of every documented type; the online writer shows the per-writer fields real documents use
   */
  public static PersistenceDocument kafka() {
    CommonPersistenceSpecs seed = kafkaCommon();
    CommonPersistenceSpecs specs = new CommonPersistenceSpecs.Builder()
        .from(seed)
        .bigqueryUploadBucket(Optional.empty())
        .bigqueryUploadTopic(Optional.empty())
        .bqUploadBucket(seed.bigqueryUploadBucket().orElseThrow())
        .bqUploadTopic(seed.bigqueryUploadTopic().orElseThrow())
        .resultBusTopicId("result-bus-1")
        .usageEventsSubscriptionId("usage-bus-1")
        .usageBusTopicId("usage-bus-1")
        .queryLogSubscriptionId("query-log-bus-1")
        .queryLogResultTopic("query-log-bus-1")
        .vectorStoreSubscriptionId("vector-store-bus-1")
        .build();
    List<WriterSpec> writers = new java.util.ArrayList<>(oneOfEachType());
    writers.set(0, writers.get(0)
        .withNodeSelector(java.util.Map.of("kubernetes.io/arch", "amd64"))
        .withAdditionalEnvVars(java.util.Map.of("LOG_LEVEL", "info"))
        .withMaxBatchSize(500)
        .withRequest(writers.get(0).request().orElseThrow().withEphemeralStorage("1Gi")));
    return kafkaSettings()
        .commonPersistenceSpecs(specs)
        .writers(writers)
        .build();
  }

  /** {@return A valid Pub/Sub fleet on GCP: separate topics and subscriptions, no Kafka settings} */
  public static PersistenceDocument pubsub() {
    CommonPersistenceSpecs specs = new CommonPersistenceSpecs.Builder()
        .busBackend("PUBSUB")
        .busWriterImageGo(GO_IMAGE)
        .busWriterImagePython(PYTHON_IMAGE)
        .busWriterImageBswl(BSWL_IMAGE)
        .namespace("background-persistence")
        .serviceAccountName("background-persistence-sa")
        .secretClient("GCP")
        .bigqueryParquetUploadSubscriptionId("offline-store-bulk-insert-bus-sub")
        .bigqueryStreamingWriteSubscriptionId("offline-store-streaming-insert-bus-sub")
        .bigqueryStreamingWriteTopic("offline-store-streaming-insert-bus")
        .bqUploadBucket("gs://acme-bgp-offline-uploads")
        .bqUploadTopic("offline-store-bulk-insert-bus")
        .metricsBusSubscriptionId("metrics-bus-sub")
        .metricsBusTopicId("metrics-bus")
        .resultBusMetricsSubscriptionId("result-bus-metrics-sub")
        .resultBusOfflineStoreSubscriptionId("result-bus-offline-store-sub")
        .resultBusOnlineStoreSubscriptionId("result-bus-online-store-sub")
        .resultBusTopicId("result-bus")
        .googleCloudProject("acme-features-prod")
        .build();
    return PersistenceDocument.builder()
        .commonPersistenceSpecs(specs)
        .apiServerHost("api.features.acme.internal")
        .redisIsClustered("0")
        .metadataProvider("GRPC_SERVER")
        .addWriters(
            writer("online-writer", "ONLINE_WRITER", "500m", "1Gi", "1", "1Gi"),
            writer("go-result-bus-metrics-writer", "GO_RESULT_BUS_METRICS_WRITER", "400m", "1024Mi", "1", "1024Mi"),
            writer("go-metrics-bus-writer", "GO_METRICS_BUS_WRITER", "200m", "512Mi", "1", "512Mi"),
            writer("offline-writer", "OFFLINE_WRITER", "500m", "1Gi", "1", "1Gi"),
            writer("bigquery-streaming-write-loader", "BIGQUERY_STREAMING_WRITE_LOADER", "500m", "1Gi", "2", "1Gi"))
        .build();
  }

  /**
   * A writer with the usual fields: version "1.0", one replica.
   *
   * @param limitCpu its CPU limit, a Kubernetes quantity, e.g. {@code 2}
   * @param limitMemory its memory limit, a Kubernetes quantity, e.g. {@code 1Gi}
   * @param name the writer's name, e.g. {@code online-writer}
   * @param requestCpu its CPU request, a Kubernetes quantity, e.g. {@code 500m}
   * @param requestMemory its memory request, a Kubernetes quantity, e.g. {@code 1Gi}
   * @param type its {@code bus_subscriber_type}, e.g. {@code ONLINE_WRITER}
   * @return A writer with the usual fields: version "1.0", one replica
   */
  public static WriterSpec writer(String name, String type, String requestCpu, String requestMemory,
      String limitCpu, String limitMemory) {
    return WriterSpec.builder()
        .name(name)
        .busSubscriberType(type)
        .request(ResourceSpec.of(requestCpu, requestMemory))
        .limit(ResourceSpec.of(limitCpu, limitMemory))
        .version("1.0")
        .defaultReplicaCount(1)
        .build();
  }

  /**
   * One writer per documented built-in type (not the inferred rows), named after the type in kebab
   * case, in registry order.
   *
   * @return one writer per documented built-in type (not the inferred rows), named after the type in kebab case, in registry order
   */
  public static List<WriterSpec> oneOfEachType() {
    return WriterTypeRegistry.builtIn().all().stream()
        .filter(t -> !t.inferred())
        .map(WriterType::name)
        .map(type -> writer(type.toLowerCase(java.util.Locale.ROOT).replace('_', '-'), type,
            "250m", "512Mi", "1", "1Gi"))
        .toList();
  }

  private static CommonPersistenceSpecs kafkaCommon() {
    return new CommonPersistenceSpecs.Builder()
        .busBackend("KAFKA")
        .busWriterImageGo(GO_IMAGE)
        .busWriterImagePython(PYTHON_IMAGE)
        .busWriterImageBswl(BSWL_IMAGE)
        .namespace("background-persistence")
        .serviceAccountName("background-persistence-sa")
        .secretClient("AWS")
        .bigqueryParquetUploadSubscriptionId("offline-store-bulk-insert-bus-1")
        .bigqueryStreamingWriteSubscriptionId("offline-store-streaming-insert-bus-1")
        .bigqueryStreamingWriteTopic("offline-store-streaming-insert-bus-1")
        .bigqueryUploadBucket("s3://acme-bgp-offline-uploads")
        .bigqueryUploadTopic("offline-store-bulk-insert-bus-1")
        .metricsBusSubscriptionId("metrics-bus-1")
        .metricsBusTopicId("metrics-bus-1")
        .resultBusMetricsSubscriptionId("result-bus-1")
        .resultBusOfflineStoreSubscriptionId("result-bus-1")
        .resultBusOnlineStoreSubscriptionId("result-bus-1")
        .kafkaDlqTopic("dlq-1")
        .operationSubscriptionId("operation-bus-1")
        .build();
  }

  private static PersistenceDocument.Builder kafkaSettings() {
    return PersistenceDocument.builder()
        .commonPersistenceSpecs(kafkaCommon())
        .apiServerHost("api.features.acme.internal")
        .kafkaSaslSecret("AmazonMSK_bgp-writers")
        .kafkaBootstrapServers("b-1.bgp-msk.kafka.us-east-1.example.internal:9096, "
            + "b-2.bgp-msk.kafka.us-east-1.example.internal:9096")
        .kafkaSecurityProtocol("SASL_SSL")
        .kafkaSaslMechanism("SCRAM-SHA-512")
        .redisIsClustered("1")
        .snowflakeStorageIntegrationName("BGP_OFFLINE_UPLOADS")
        .metadataProvider("GRPC_SERVER");
  }
}
