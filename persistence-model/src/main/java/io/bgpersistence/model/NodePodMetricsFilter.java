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

/** One filter of the cluster manager's node and pod metrics. */
@Value.Immutable
@JsonDeserialize(as = ImmutableNodePodMetricsFilter.class)
@JsonPropertyOrder({"pod_label_regex", "namespace_regex", "node_selector"})
public interface NodePodMetricsFilter extends WithNodePodMetricsFilter {
  /** {@return pods whose labels match this regular expression} */
  @JsonProperty("pod_label_regex")
  @JsonPropertyDescription("Pods whose labels match this regular expression.")
  Optional<String> podLabelRegex();

  /** {@return namespaces matching this regular expression} */
  @JsonProperty("namespace_regex")
  @JsonPropertyDescription("Namespaces matching this regular expression.")
  Optional<String> namespaceRegex();

  /** {@return nodes carrying these labels} */
  @JsonProperty("node_selector")
  @JsonPropertyDescription("Nodes carrying these labels.")
  Optional<Map<String, String>> nodeSelector();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodePodMetricsFilter}. */
  class Builder extends ImmutableNodePodMetricsFilter.Builder {}
}
