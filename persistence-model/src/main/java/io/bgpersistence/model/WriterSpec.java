package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/** One writer of the fleet: becomes one Deployment. */
@Value.Immutable
@JsonDeserialize(as = ImmutableWriterSpec.class)
@JsonPropertyOrder({"name", "bus_subscriber_type", "request", "limit", "version",
    "default_replica_count"})
public interface WriterSpec {
  /** Deployment name; unique in the document. */
  @JsonProperty("name")
  Optional<String> name();

  /** A writer type of the registry, kept raw so that a typo can be reported with the closest name. */
  @JsonProperty("bus_subscriber_type")
  Optional<String> busSubscriberType();

  @JsonProperty("request")
  Optional<ResourceSpec> request();

  @JsonProperty("limit")
  Optional<ResourceSpec> limit();

  /** The writer's version, a string ("1.0"). */
  @JsonProperty("version")
  Optional<String> version();

  @JsonProperty("default_replica_count")
  Optional<Integer> defaultReplicaCount();

  /** Fields the format does not define, kept in order and written back. */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutableWriterSpec.Builder {}
}
