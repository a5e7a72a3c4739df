package io.bgpersistence.validation;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pipeline completeness (a warning): a writer that publishes to a bus no configured writer reads is
 * half a pipeline, e.g. an {@code OFFLINE_WRITER} without a streaming-insert writer or loader. Which
 * types read which bus comes from the registry and {@link BusPair}.
 */
final class PipelineConsumerRule implements DocumentRule {
  static final String ID = "pipeline-consumer";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<WriterSpec> writers = document.writers();
    Set<Setting> read = writers.stream()
        .map(w -> w.busSubscriberType().flatMap(context.registry()::find))
        .flatMap(Optional::stream)
        .map(WriterType::subscribesTo)
        .flatMap(Optional::stream)
        .collect(Collectors.toSet());
    List<FieldProblem> out = new ArrayList<>();
    for (int i = 0; i < writers.size(); i++) {
      Optional<WriterType> type = writers.get(i).busSubscriberType().flatMap(context.registry()::find);
      Optional<BusPair> bus = type.flatMap(WriterType::publishesTo).flatMap(PipelineConsumerRule::pairOf);
      if (bus.isEmpty() || read.contains(bus.get().subscription())) {
        continue;
      }
      String readers = context.registry().all().stream()
          .filter(t -> t.subscribesTo().equals(Optional.of(bus.get().subscription())))
          .map(WriterType::name)
          .collect(Collectors.joining(" or "));
      out.add(FieldProblem.invalid(Paths.writer(i).child("bus_subscriber_type"), type.get().name(),
          "publishes to " + bus.get().topic().jsonName() + " but no writer reads it; add a " + readers,
          ID).asWarning());
    }
    return out;
  }

  private static Optional<BusPair> pairOf(Setting topic) {
    return BusPair.ALL.stream().filter(p -> p.topic() == topic).findFirst();
  }
}
