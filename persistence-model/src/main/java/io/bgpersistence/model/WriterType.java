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
  /** The {@code bus_subscriber_type} value, e.g. {@code GO_METRICS_BUS_WRITER}. */
  String name();

  ImageFamily image();

  /** The subscription field of the bus this type reads. */
  Setting subscribesTo();

  /** The topic field this type publishes to, if any. */
  Optional<Setting> publishesTo();

  /** Further settings without which this type cannot run (missing: an error). */
  List<Setting> needs();

  /** Settings this type should have; missing: a warning (the pipeline is incomplete). */
  List<Setting> expects();

  /** Settings this type reads when they are present (e.g. {@code redis_is_clustered}). */
  List<Setting> uses();

  /** One line for {@code bpctl types} and the schema. */
  String description();

  /** The lower-case kebab form used in labels: {@code go-metrics-bus-writer}. */
  @Value.Derived
  default String componentName() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  /** Every setting a writer of this type reads, in a fixed order: its bus, topic, needs, others. */
  @Value.Derived
  default List<Setting> settingsRead() {
    List<Setting> out = new ArrayList<>();
    out.add(subscribesTo());
    publishesTo().ifPresent(out::add);
    for (List<Setting> group : List.of(needs(), expects(), uses())) {
      group.stream().filter(s -> !out.contains(s)).forEach(out::add);
    }
    return List.copyOf(out);
  }

  static Builder builder() {
    return new Builder();
  }

  class Builder extends ImmutableWriterType.Builder {}
}
