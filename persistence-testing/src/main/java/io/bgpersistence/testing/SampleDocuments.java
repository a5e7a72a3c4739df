package io.bgpersistence.testing;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.List;

/**
 * Valid documents built in code, for tests: each validates with no errors.
 * <ul>
 *   <li>{@link #kafkaSeedFilledIn()}: the installation page's example with its placeholders filled in;</li>
 *   <li>{@link #kafka()}: the same settings with one writer of every built-in type;</li>
 *   <li>{@link #pubsub()}: a Pub/Sub fleet on GCP.</li>
 * </ul>
 */
public final class SampleDocuments {
  /** The samples' {@code bus_writer_image_go}. */
  public static final String GO_IMAGE = "registry.example.com/bgpersistence/go-bus-writer:1.8.2";
  /** The samples' {@code bus_writer_image_python}. */
  public static final String PYTHON_IMAGE = "registry.example.com/bgpersistence/python-bus-writer:1.8.2";
  /** The samples' {@code bus_writer_image_bswl}. */
  public static final String BSWL_IMAGE = "registry.example.com/bgpersistence/bigquery-streaming-write-loader:1.8.2";

  private SampleDocuments() {}

  /**
   * The seed example's settings and its two writers, every placeholder filled in.
   *
   * @return a valid Kafka document
   */
  public static PersistenceDocument kafkaSeedFilledIn() {
    return kafkaSettings()
        .addWriters(
            writer("go-metrics-bus-writer", "GO_METRICS_BUS_WRITER", "200m", "512Mi", "1", "512Mi"),
            writer("go-result-bus-metrics-writer", "GO_RESULT_BUS_METRICS_WRITER", "400m", "1024Mi", "1", "1024Mi"))
        .build();
  }

  /**
   * The seed example's settings (and the extension buses) with one writer of every built-in type.
   *
   * @return a valid Kafka document ({@code examples/kafka-example.json} in canonical form)
   */
  public static PersistenceDocument kafka() {
    CommonPersistenceSpecs specs = new CommonPersistenceSpecs.Builder()
        .from(kafkaCommon())
        .usageBusSubscriptionId("usage-bus-1")
        .queryLogSubscriptionId("query-log-bus-1")
        .vectorStoreSubscriptionId("vector-store-bus-1")
        .build();
    return kafkaSettings()
        .commonPersistenceSpecs(specs)
        .addAllWriters(oneOfEachType())
        .build();
  }

  /**
   * A valid Pub/Sub fleet on GCP: separate topics and subscriptions, no Kafka settings.
   *
   * @return a valid Pub/Sub document
   */
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
        .bigqueryUploadBucket("gs://acme-bgp-offline-uploads")
        .bigqueryUploadTopic("offline-store-bulk-insert-bus")
        .metricsBusSubscriptionId("metrics-bus-sub")
        .metricsBusTopicId("metrics-bus")
        .resultBusMetricsSubscriptionId("result-bus-metrics-sub")
        .resultBusOfflineStoreSubscriptionId("result-bus-offline-store-sub")
        .resultBusOnlineStoreSubscriptionId("result-bus-online-store-sub")
        .gcpProjectId("acme-features-prod")
        .gcpServiceAccount("bgp-writers@acme-features-prod.iam.gserviceaccount.com")
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
   * @param name the writer's name
   * @param type its {@code bus_subscriber_type}
   * @param requestCpu the cpu it requests
   * @param requestMemory the memory it requests
   * @param limitCpu its cpu limit
   * @param limitMemory its memory limit
   * @return the writer
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
   * One writer per built-in type, named after the type in kebab case, in registry order.
   *
   * @return the writers
   */

  public static List<WriterSpec> oneOfEachType() {
    return WriterTypeRegistry.builtIn().all().stream()
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
