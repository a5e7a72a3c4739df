package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * {@code cluster_manager_config}: what a {@code CLUSTER_MANAGER} writer records. Modelled, checked
 * and kept; its settings reach that writer as environment variables.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableClusterManagerConfig.class)
@JsonPropertyOrder({"record_node_pod_metrics", "record_gpu_metrics", "node_pod_metrics_interval_secs",
    "node_pod_metrics_filters"})
public interface ClusterManagerConfig extends WithClusterManagerConfig {
  /** {@return whether node and pod metrics are recorded} */
  @JsonProperty("record_node_pod_metrics")
  @JsonPropertyDescription("Record node and pod metrics.")
  Optional<Boolean> recordNodePodMetrics();

  /** {@return whether GPU metrics are recorded} */
  @JsonProperty("record_gpu_metrics")
  @JsonPropertyDescription("Record GPU metrics.")
  Optional<Boolean> recordGpuMetrics();

  /** {@return seconds between two recordings of node and pod metrics} */
  @JsonProperty("node_pod_metrics_interval_secs")
  @JsonPropertyDescription("Seconds between two recordings of node and pod metrics.")
  Optional<Integer> nodePodMetricsIntervalSecs();

  /** {@return which nodes and pods are recorded} */
  @JsonProperty("node_pod_metrics_filters")
  @JsonPropertyDescription("Which nodes and pods are recorded.")
  Optional<List<NodePodMetricsFilter>> nodePodMetricsFilters();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ClusterManagerConfig}. */
  class Builder extends ImmutableClusterManagerConfig.Builder {}
}
