package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import jakarta.validation.metadata.BeanDescriptor;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Proxy;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
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

  /** Every class of constrained values is the one of a model type: one left out would be validated nowhere. */
  @Test
  void everyClassOfConstrainedValuesBelongsToAModelType() {
    assertEquals(Set.of(ConstrainedValues.class.getDeclaredClasses()),
        Set.copyOf(ConstrainedValues.OF_MODEL_TYPE.values()));
  }

  /**
   * Each value is copied from the accessor its field is named after: given a model object whose
   * every accessor answers something of its own, each field (and each field of a copied object)
   * holds what its own accessor answered.
   */
  @Test
  void eachConstrainedValueIsCopiedFromTheAccessorItIsNamedAfter() throws Exception {
    for (Map.Entry<Class<?>, Class<?>> e : ConstrainedValues.OF_MODEL_TYPE.entrySet()) {
      Object model = answering(e.getKey());
      Constructor<?> copy = e.getValue().getDeclaredConstructor(e.getKey());
      assertEquals(asModelSees(model, e.getValue()), asCopied(copy.newInstance(model)), e.getValue().getSimpleName());
    }
  }

  /** A model object whose accessors answer values that tell them apart (and model objects of the same kind). */
  private static Object answering(Class<?> modelType) {
    return Proxy.newProxyInstance(modelType.getClassLoader(), new Class<?>[] {modelType},
        (proxy, method, args) -> answer(method.getGenericReturnType(), modelType.getSimpleName() + "." + method.getName()));
  }

  private static Object answer(Type type, String accessor) {
    if (type instanceof ParameterizedType p && p.getRawType() == Optional.class) {
      return Optional.ofNullable(answer(p.getActualTypeArguments()[0], accessor));
    }
    if (type instanceof ParameterizedType p && p.getRawType() == List.class) {
      return List.of(answer(p.getActualTypeArguments()[0], accessor), answer(p.getActualTypeArguments()[0], accessor));
    }
    if (type == String.class) {
      return accessor;
    }
    if (type == Integer.class) {
      return accessor.hashCode();
    }
    return type instanceof Class<?> c && ConstrainedValues.OF_MODEL_TYPE.containsKey(c) ? answering(c) : null;
  }

  /** What the model object answers for each field of its constrained-values class, objects described alike. */
  private static Object asModelSees(Object model, Class<?> valuesClass) throws Exception {
    Map<String, Object> out = new TreeMap<>();
    for (Field field : valuesClass.getDeclaredFields()) {
      Object answer = model.getClass().getMethod(field.getName()).invoke(model);
      out.put(field.getName(), described(answer, v -> asModelSees(v, ConstrainedValues.OF_MODEL_TYPE.get(
          ModelShape.modelTypeOf(v.getClass()).orElseThrow()))));
    }
    return out;
  }

  /** What a constrained-values object holds, field by field, objects described alike. */
  private static Object asCopied(Object values) throws Exception {
    Map<String, Object> out = new TreeMap<>();
    for (Field field : values.getClass().getDeclaredFields()) {
      field.setAccessible(true);
      out.put(field.getName(), described(field.get(values), FieldConstraintsReachTest::asCopied));
    }
    return out;
  }

  private interface Describer {
    Object describe(Object object) throws Exception;
  }

  /** Optionals and lists as lists; plain values as they are; any other object by {@code object}. */
  private static Object described(Object value, Describer object) throws Exception {
    if (value instanceof Optional<?> o) {
      return o.isPresent() ? List.of(described(o.get(), object)) : List.of();
    }
    if (value instanceof List<?> list) {
      List<Object> out = new ArrayList<>();
      for (Object item : list) {
        out.add(described(item, object));
      }
      return out;
    }
    return value instanceof String || value instanceof Integer || value == null ? value : object.describe(value);
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
