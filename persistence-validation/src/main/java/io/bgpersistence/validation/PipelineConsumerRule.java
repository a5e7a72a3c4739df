package io.bgpersistence.validation;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Pipeline completeness (a warning): a writer that publishes to a bus no configured writer reads is
 * half a pipeline, e.g. an {@code OFFLINE_WRITER} without a streaming-insert writer or loader. Which
 * types read which bus comes from the registry and {@link BusPair}.
 */
final class PipelineConsumerRule extends WriterPassRule<PipelineConsumerRule.Seen> {
  static final String ID = "pipeline-consumer";

  private record Publisher(int writer, WriterType type, BusPair bus) {}

  /** The buses the writers seen so far read, and those that publish to a bus. */
  record Seen(ValidationContext context, Set<Setting> read, List<Publisher> publishers) {}

  PipelineConsumerRule() {
    super(ID);
  }

  @Override
  Seen start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    return new Seen(context, new HashSet<>(), new ArrayList<>());
  }

  @Override
  void see(Seen seen, WriterSpec writer, int index, List<FieldProblem> out) {
    writer.busSubscriberType().flatMap(seen.context().registry()::find).ifPresent(type -> {
      type.subscribesTo().ifPresent(seen.read()::add);
      type.publishesTo().flatMap(PipelineConsumerRule::pairOf)
          .ifPresent(bus -> seen.publishers().add(new Publisher(index, type, bus)));
    });
  }

  @Override
  void finish(Seen seen, List<FieldProblem> out) {
    for (Publisher p : seen.publishers()) {
      if (seen.read().contains(p.bus().subscription())) {
        continue;
      }
      String readers = seen.context().registry().all().stream()
          .filter(t -> t.subscribesTo().equals(Optional.of(p.bus().subscription())))
          .map(WriterType::name)
          .collect(Collectors.joining(" or "));
      out.add(FieldProblem.invalid(Paths.writer(p.writer()).child("bus_subscriber_type"), p.type().name(),
          "publishes to " + p.bus().topic().jsonName() + " but no writer reads it; add a " + readers,
          ID).asWarning());
    }
  }

  private static Optional<BusPair> pairOf(Setting topic) {
    return BusPair.ALL.stream().filter(p -> p.topic() == topic).findFirst();
  }
}
