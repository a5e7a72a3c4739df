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

/** One node label a pod must match, written as {@code {"key": …, "value": …}}. */
@Value.Immutable
@JsonDeserialize(as = ImmutableNodeSelectorTerm.class)
@JsonPropertyOrder({"key", "value"})
public interface NodeSelectorTerm extends WithNodeSelectorTerm {
  /** {@return the node label's key} */
  @JsonProperty("key")
  @JsonPropertyDescription("The node label's key.")
  Optional<String> key();

  /** {@return the node label's value} */
  @JsonProperty("value")
  @JsonPropertyDescription("The node label's value.")
  Optional<String> value();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link NodeSelectorTerm}. */
  class Builder extends ImmutableNodeSelectorTerm.Builder {}
}
