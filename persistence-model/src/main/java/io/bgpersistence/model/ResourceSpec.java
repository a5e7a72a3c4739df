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

/**
 * A writer's {@code request} or {@code limit}: Kubernetes quantities, kept as the strings the user
 * wrote ({@code "200m"}, {@code "512Mi"}) so that they round-trip; validation parses them.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableResourceSpec.class)
@JsonPropertyOrder({"cpu", "memory"})
public interface ResourceSpec {
  @JsonProperty("cpu")
  @JsonPropertyDescription("CPU as a Kubernetes quantity: \"200m\", \"1\".")
  Optional<String> cpu();

  @JsonProperty("memory")
  @JsonPropertyDescription("Memory as a Kubernetes quantity: \"512Mi\", \"1Gi\".")
  Optional<String> memory();

  /** Fields the format does not define, kept in order and written back. */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  static ResourceSpec of(String cpu, String memory) {
    return new Builder().cpu(cpu).memory(memory).build();
  }

  class Builder extends ImmutableResourceSpec.Builder {}
}
