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
@JsonPropertyOrder({"cpu", "memory", "ephemeral_storage", "storage"})
public interface ResourceSpec extends WithResourceSpec {
  /** {@return CPU as a Kubernetes quantity} */
  @JsonProperty("cpu")
  @JsonPropertyDescription("CPU as a Kubernetes quantity: \"200m\", \"1\".")
  Optional<String> cpu();

  /** {@return memory as a Kubernetes quantity} */
  @JsonProperty("memory")
  @JsonPropertyDescription("Memory as a Kubernetes quantity: \"512Mi\", \"1Gi\".")
  Optional<String> memory();

  /** {@return node-local scratch space as a Kubernetes quantity} */
  @JsonProperty("ephemeral_storage")
  @JsonPropertyDescription("Ephemeral (node-local) storage as a Kubernetes quantity: \"1Gi\".")
  Optional<String> ephemeralStorage();

  /** {@return storage as a Kubernetes quantity} */
  @JsonProperty("storage")
  @JsonPropertyDescription("Storage as a Kubernetes quantity: \"10Gi\".")
  Optional<String> storage();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /**
   * CPU and memory, the two every writer states.
   *
   * @param cpu CPU as a Kubernetes quantity, e.g. {@code "500m"} or {@code "1"}; not checked here
   * @param memory memory as a Kubernetes quantity, e.g. {@code "512Mi"}; not checked here
   * @return CPU and memory, the two every writer states
   */
  static ResourceSpec of(String cpu, String memory) {
    return builder().cpu(cpu).memory(memory).build();
  }

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link ResourceSpec}. */
  class Builder extends ImmutableResourceSpec.Builder {}
}
