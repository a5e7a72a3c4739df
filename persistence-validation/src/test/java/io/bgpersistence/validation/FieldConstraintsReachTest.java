package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import jakarta.validation.metadata.BeanDescriptor;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A per-field constraint applies wherever its object is in a document: one declared on an object
 * the validator never descends into would be quietly never checked (as
 * {@code cluster_manager_config.node_pod_metrics_interval_secs} once was).
 */
class FieldConstraintsReachTest {
  @Test
  void aClusterManagerIntervalBelowOneIsRefused() {
    String json = """
        {"common_persistence_specs": {"bus_backend": "KAFKA", "namespace": "ns", "service_account_name": "sa",
           "kafka_bootstrap_servers": "b:9092"},
         "writers": [{"name": "w", "bus_subscriber_type": "METRICS_WRITER"}],
         "cluster_manager_config": {"node_pod_metrics_interval_secs": 0}}
        """;
    List<FieldProblem> errors = DocumentValidator.standard().validate(DocumentReader.read(json)).errors();
    assertTrue(errors.stream().anyMatch(p -> p.path().toString()
        .equals("cluster_manager_config.node_pod_metrics_interval_secs") && p.message().equals("must be 1 or more")),
        errors::toString);
  }

  @Test
  void everyConstrainedObjectIsReachedFromTheDocumentOrCheckedOnItsOwn() {
    // The shared settings are validated on their own (FieldConstraints.check); all else by descent.
    Set<Class<?>> reached = new HashSet<>(Set.of(ModelShape.document().type(),
        io.bgpersistence.model.CommonPersistenceSpecs.class));
    Deque<Class<?>> todo = new ArrayDeque<>(reached);
    while (!todo.isEmpty()) {
      BeanDescriptor bean = FieldConstraints.validator().getConstraintsForClass(todo.pop());
      bean.getConstrainedProperties().forEach(p -> p.getConstrainedContainerElementTypes().stream()
          .filter(e -> e.isCascaded())
          .forEach(e -> {
            Class<?> inner = e.getElementClass();
            if (reached.add(inner)) {
              todo.push(inner);
            }
          }));
    }
    Set<Class<?>> constrained = new HashSet<>();
    Deque<ModelShape> shapes = new ArrayDeque<>(List.of(ModelShape.document(), ModelShape.of(
        io.bgpersistence.model.CommonPersistenceSpecs.class)));
    Set<Class<?>> seen = new HashSet<>();
    while (!shapes.isEmpty()) {
      ModelShape shape = shapes.pop();
      if (!seen.add(shape.type())) {
        continue;
      }
      if (FieldConstraints.validator().getConstraintsForClass(shape.type()).isBeanConstrained()) {
        constrained.add(shape.type());
      }
      shape.properties().forEach(p -> p.objectWithin().ifPresent(shapes::push));
    }
    constrained.removeAll(reached);
    assertEquals(Set.of(), constrained, "model types with constraints the validator never descends into");
  }
}
