package io.bgpersistence.kafka.client;

import java.util.Optional;
import java.util.OptionalInt;

/**
 * How {@link KafkaProvisioner} creates a missing topic: its partitions and replication factor,
 * each empty for the broker's default ({@code num.partitions}, {@code default.replication.factor}).
 */
public record TopicOptions(OptionalInt partitions, Optional<Short> replicationFactor) {
  /** The broker's defaults for both. */
  public static final TopicOptions BROKER_DEFAULTS = new TopicOptions(OptionalInt.empty(), Optional.empty());

  /**
   * @param partitions partitions of each new topic, at least 1; empty for the broker's default
   * @param replicationFactor replication factor of each new topic, at least 1; empty for the broker's default
   * @throws IllegalArgumentException when a value is below 1
   */
  public TopicOptions {
    if (partitions.isPresent() && partitions.getAsInt() < 1) {
      throw new IllegalArgumentException("partitions must be at least 1, not " + partitions.getAsInt());
    }
    if (replicationFactor.isPresent() && replicationFactor.get() < 1) {
      throw new IllegalArgumentException("the replication factor must be at least 1, not " + replicationFactor.get());
    }
  }
}
