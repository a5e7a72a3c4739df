package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Field;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
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
    Set<Class<?>> reached = new HashSet<>(Set.of(ConstrainedValues.Document.class, ConstrainedValues.Common.class));
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
    for (Class<?> values : ConstrainedValues.OF_MODEL_TYPE.values()) {
      if (FieldConstraints.validator().getConstraintsForClass(values).isBeanConstrained()) {
        constrained.add(values);
      }
    }
    constrained.removeAll(reached);
    assertEquals(Set.of(), constrained, "constrained values the validator never descends into");
  }

  /**
   * A problem's path is the model's: each value HV checks sits in a field named like the model
   * accessor it is copied from, of the accessor's type (or, for an object, its constrained values).
   */
  @Test
  void eachConstrainedValueIsNamedAndTypedLikeItsModelAccessor() throws Exception {
    for (Map.Entry<Class<?>, Class<?>> e : ConstrainedValues.OF_MODEL_TYPE.entrySet()) {
      ModelShape shape = ModelShape.of(e.getKey());
      for (Field field : e.getValue().getDeclaredFields()) {
        String where = e.getValue().getSimpleName() + "." + field.getName();
        ModelShape.Property property = shape.propertyByAccessor(field.getName())
            .orElseThrow(() -> new AssertionError(where + " names no accessor of " + e.getKey().getSimpleName()));
        Type accessorType = e.getKey().getMethod(property.accessor()).getGenericReturnType();
        assertEquals(modelTypesOf(field.getGenericType()), accessorType.getTypeName(), where);
      }
    }
  }

  /** A type's name with each class of constrained values replaced by its model type. */
  private static String modelTypesOf(Type type) {
    String name = type.getTypeName();
    for (Map.Entry<Class<?>, Class<?>> e : ConstrainedValues.OF_MODEL_TYPE.entrySet()) {
      name = name.replace(e.getValue().getTypeName(), e.getKey().getTypeName());
    }
    return name;
  }
}
