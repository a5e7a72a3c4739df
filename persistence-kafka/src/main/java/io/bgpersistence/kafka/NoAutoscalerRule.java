package io.bgpersistence.kafka;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * A warning for a writer's {@code hpa_specs} under Kafka: it scales on a Pub/Sub subscription's
 * backlog, which a Kafka fleet has not, so no autoscaler is rendered and the writer keeps its
 * {@code default_replica_count}.
 */
final class NoAutoscalerRule extends KafkaRule {
  static final String ID = "kafka-no-autoscaler";

  NoAutoscalerRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (int i = 0; i < document.writers().size(); i++) {
      if (document.writers().get(i).hpaSpecs().isPresent()) {
        out.add(FieldProblem.forbidden(FieldPath.ROOT.child("writers").index(i).child("hpa_specs"),
            "scales on a Pub/Sub subscription's backlog; with bus_backend KAFKA no autoscaler is rendered and "
                + "the writer keeps its default_replica_count", ID).asWarning());
      }
    }
    return out;
  }
}
