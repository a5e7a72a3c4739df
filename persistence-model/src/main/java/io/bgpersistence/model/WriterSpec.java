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

/** One writer of the fleet: becomes one Deployment. */
@Value.Immutable
@JsonDeserialize(as = ImmutableWriterSpec.class)
@JsonPropertyOrder({"name", "bus_subscriber_type", "request", "limit", "version",
    "default_replica_count"})
public interface WriterSpec {
  /** Deployment name; unique in the document. */
  @JsonProperty("name")
  @JsonPropertyDescription("Deployment name: a DNS-1123 subdomain of at most 63 characters, unique in the document.")
  Optional<String> name();

  /** A writer type of the registry, kept raw so that a typo can be reported with the closest name. */
  @JsonProperty("bus_subscriber_type")
  @JsonPropertyDescription("The writer type (bpctl types lists them).")
  Optional<String> busSubscriberType();

  @JsonProperty("request")
  @JsonPropertyDescription("Resources the writer requests: cpu and memory as Kubernetes quantities.")
  Optional<ResourceSpec> request();

  @JsonProperty("limit")
  @JsonPropertyDescription("Resource limits of the writer: cpu and memory as Kubernetes quantities.")
  Optional<ResourceSpec> limit();

  /** The writer's version, a string ("1.0"). */
  @JsonProperty("version")
  @JsonPropertyDescription("The writer's version, a string (\"1.0\").")
  Optional<String> version();

  @JsonProperty("default_replica_count")
  @JsonPropertyDescription("Number of pods; 0 pauses the writer.")
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
