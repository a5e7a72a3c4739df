package io.bgpersistence.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One row of the writer-type registry: which image a type runs, which bus it reads, which topic
 * it publishes to and what else it needs. Rules, rendering and {@code bpctl types} read these rows;
 * nothing else in the project switches on a type's name.
 */
@Value.Immutable
public interface WriterType {
  /** {@return the {@code bus_subscriber_type} value, e.g. {@code GO_METRICS_BUS_WRITER}} */
  String name();

  /** {@return the image family it runs; empty when its image is not known, so a writer must give {@code image_override}} */
  Optional<ImageFamily> image();

  /** {@return the subscription field of the bus this type reads; empty when it reads none the format names} */
  Optional<Setting> subscribesTo();

  /** {@return the topic field this type publishes to, if any} */
  Optional<Setting> publishesTo();

  /** {@return further settings without which this type cannot run (missing: an error)} */
  List<Setting> needs();

  /** {@return settings this type should have; missing: a warning (the pipeline is incomplete)} */
  List<Setting> expects();

  /** {@return settings this type reads when they are present (e.g. {@code redis_is_clustered})} */
  List<Setting> uses();

  /** {@return one line for {@code bpctl types} and the schema} */
  String description();

  /**
   * Whether the row is inferred rather than documented: the type is known to exist but its details
   * are not public, so what the row says is this project's best reading and a writer of it is
   * warned of.
   *
   * @return whether the row is inferred rather than documented: the type is known to exist but its details are not public, so what the row says is this project's best reading and a writer of it is warned of
   */
  @Value.Default
  default boolean inferred() {
    return false;
  }

  /** {@return the lower-case kebab form used in labels: {@code go-metrics-bus-writer}} */
  @Value.Derived
  default String componentName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** {@return every setting a writer of this type reads, in a fixed order: its bus, topic, needs, others} */
  @Value.Derived
  default List<Setting> settingsRead() {
    List<Setting> out = new ArrayList<>();
    subscribesTo().ifPresent(out::add);
    publishesTo().ifPresent(out::add);
    for (List<Setting> group : List.of(needs(), expects(), uses())) {
      group.stream().filter(s -> !out.contains(s)).forEach(out::add);
    }
    return List.copyOf(out);
  }

  /** {@return A builder of a new row} */
  static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link WriterType}. */
  class Builder extends ImmutableWriterType.Builder {}
}
