package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A writer's {@code hpa_specs}: scale the writer on the backlog of a Pub/Sub subscription, between
 * a minimum and a maximum of replicas, aiming at a number of undelivered messages per replica. The
 * defaults are the API's: 1, 10 and 5; the document keeps what was written.
 */
@Value.Immutable
@JsonDeserialize(as = ImmutableHpaSpecs.class)
@JsonPropertyOrder({"hpa_pubsub_subscription_id", "hpa_min_replicas", "hpa_max_replicas", "hpa_target_average_value"})
public interface HpaSpecs extends WithHpaSpecs {
  /** The API's default minimum of replicas. */
  int DEFAULT_MIN_REPLICAS = 1;
  /** The API's default maximum of replicas. */
  int DEFAULT_MAX_REPLICAS = 10;
  /** The API's default target of undelivered messages per replica. */
  int DEFAULT_TARGET_AVERAGE_VALUE = 5;

  /** {@return the subscription whose backlog drives the scaling} */
  @JsonProperty("hpa_pubsub_subscription_id")
  @JsonPropertyDescription("The Pub/Sub subscription whose undelivered messages drive the scaling.")
  Optional<String> hpaPubsubSubscriptionId();

  /** {@return fewest replicas; 1 when absent} */
  @JsonProperty("hpa_min_replicas")
  @JsonPropertyDescription("Fewest replicas (default 1).")
  Optional<Integer> hpaMinReplicas();

  /** {@return most replicas; 10 when absent} */
  @JsonProperty("hpa_max_replicas")
  @JsonPropertyDescription("Most replicas (default 10).")
  Optional<Integer> hpaMaxReplicas();

  /** {@return undelivered messages per replica to aim at; 5 when absent} */
  @JsonProperty("hpa_target_average_value")
  @JsonPropertyDescription("Target number of undelivered messages per replica (default 5).")
  Optional<Integer> hpaTargetAverageValue();

  /** {@return fields the format does not define, kept in order and written back} */
  @JsonAnyGetter
  @Value.Redacted
  Map<String, JsonNode> unknownFields();

  /** {@return the minimum in effect} */
  @JsonIgnore
  default int minReplicas() {
    return hpaMinReplicas().orElse(DEFAULT_MIN_REPLICAS);
  }

  /** {@return the maximum in effect} */
  @JsonIgnore
  default int maxReplicas() {
    return hpaMaxReplicas().orElse(DEFAULT_MAX_REPLICAS);
  }

  /** {@return the target in effect} */
  @JsonIgnore
  default int targetAverageValue() {
    return hpaTargetAverageValue().orElse(DEFAULT_TARGET_AVERAGE_VALUE);
  }

  /** {@return A builder of a new value} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds an {@link HpaSpecs}. */
  class Builder extends ImmutableHpaSpecs.Builder {}
}
