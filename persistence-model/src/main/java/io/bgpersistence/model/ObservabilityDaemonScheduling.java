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

/** {@code observability_daemon_scheduling}: the nodes the observability daemons run on. */
@Value.Immutable
@JsonDeserialize(as = ImmutableObservabilityDaemonScheduling.class)
@JsonPropertyOrder({"node_selectors"})
public interface ObservabilityDaemonScheduling extends WithObservabilityDaemonScheduling {
  /** {@return node labels the daemons' nodes carry} */
  @JsonProperty("node_selectors")
  @JsonPropertyDescription("Node labels the daemons' nodes carry.")
  Optional<List<NodeSelectorTerm>> nodeSelectors();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObservabilityDaemonScheduling}. */
  class Builder extends ImmutableObservabilityDaemonScheduling.Builder {}
}
