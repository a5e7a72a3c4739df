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
 * One entry of {@code observability_daemons}: a node-level helper (zombie killer, core-dump,
 * py-spy, perf or Perfetto collector). Modelled and kept; not rendered, because such collectors need
 * host access that the restricted Pod Security profile refuses. The collectors' own settings are
 * kept as the objects they were written as.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableObservabilityDaemon.class)
@JsonPropertyOrder({"keep_running_when_suspended", "request", "limit", "image_override", "zombie_killer",
    "core_dump_collector", "py_spy_stack_trace_collector", "perf_collector", "perfetto_daemon"})
public interface ObservabilityDaemon extends WithObservabilityDaemon {
  /** {@return whether the daemon keeps running while the fleet is suspended} */
  @JsonProperty("keep_running_when_suspended")
  @JsonPropertyDescription("Keep the daemon running while the fleet is suspended.")
  Optional<Boolean> keepRunningWhenSuspended();

  /** {@return resources the daemon requests} */
  @JsonProperty("request")
  @JsonPropertyDescription("Resources the daemon requests.")
  Optional<ResourceSpec> request();

  /** {@return resource limits of the daemon} */
  @JsonProperty("limit")
  @JsonPropertyDescription("Resource limits of the daemon.")
  Optional<ResourceSpec> limit();

  /** {@return an image to run instead of the default one} */
  @JsonProperty("image_override")
  @JsonPropertyDescription("An image to run instead of the default one.")
  Optional<String> imageOverride();

  /** {@return settings of the zombie-process reaper} */
  @JsonProperty("zombie_killer")
  @JsonPropertyDescription("Settings of the zombie-process reaper.")
  Optional<Map<String, JsonNode>> zombieKiller();

  /** {@return settings of the core-dump collector} */
  @JsonProperty("core_dump_collector")
  @JsonPropertyDescription("Settings of the core-dump collector.")
  Optional<Map<String, JsonNode>> coreDumpCollector();

  /** {@return settings of the py-spy stack-trace collector} */
  @JsonProperty("py_spy_stack_trace_collector")
  @JsonPropertyDescription("Settings of the py-spy stack-trace collector.")
  Optional<Map<String, JsonNode>> pySpyStackTraceCollector();

  /** {@return settings of the perf collector} */
  @JsonProperty("perf_collector")
  @JsonPropertyDescription("Settings of the perf collector.")
  Optional<Map<String, JsonNode>> perfCollector();

  /** {@return settings of the Perfetto daemon} */
  @JsonProperty("perfetto_daemon")
  @JsonPropertyDescription("Settings of the Perfetto tracing daemon.")
  Optional<Map<String, JsonNode>> perfettoDaemon();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link ObservabilityDaemon}. */
  class Builder extends ImmutableObservabilityDaemon.Builder {}
}
