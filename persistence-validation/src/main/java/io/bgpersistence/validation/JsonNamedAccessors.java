package io.bgpersistence.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.bgpersistence.model.FieldPath;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Teaches Hibernate Validator the model's shape: its accessors are {@code name()}, not
 * {@code getName()} (HV would otherwise silently skip every constraint on them). Violation paths
 * are translated to the model's JSON names here, from the model types themselves, rather than by
 * HV's {@code PropertyNodeNameProvider}: Hibernate Validator 8 does not apply that provider to
 * programmatically declared constraints, and both 8.0 and 9.x must give {@code writers[0].request}.
 */
final class JsonNamedAccessors implements GetterPropertySelectionStrategy {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone");
  /** Per model class, accessor (or JSON) name → the accessor; a path is translated per violation. */
  private static final ClassValue<Map<String, Optional<Method>>> ACCESSORS = new ClassValue<>() {
    @Override
    protected Map<String, Optional<Method>> computeValue(Class<?> type) {
      return new ConcurrentHashMap<>();
    }
  };

  @Override
  public Optional<String> getProperty(ConstrainableExecutable executable) {
    boolean accessor = executable.getParameterTypes().length == 0
        && executable.getReturnType() != void.class
        && !NOT_PROPERTIES.contains(executable.getName());
    return accessor ? Optional.of(executable.getName()) : Optional.empty();
  }

  @Override
  public List<String> getGetterMethodNameCandidates(String propertyName) {
    return List.of(propertyName);
  }

  /**
   * HV's property path as a {@link FieldPath} in JSON names, walking the model types from
   * {@code rootType}: each property node is looked up on the type that declares it. Container
   * element nodes (the {@code Optional} and list wrappers) add nothing but the index.
   */
  static FieldPath jsonPath(Class<?> rootType, Path hvPath, FieldPath base) {
    FieldPath path = base;
    Class<?> type = rootType;
    for (Path.Node node : hvPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        path = path.index(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        Optional<Method> accessor = type == null ? Optional.empty() : accessor(type, node.getName());
        path = path.child(accessor.map(JsonNamedAccessors::jsonName).orElse(node.getName()));
        type = accessor.map(m -> valueType(m.getGenericReturnType())).orElse(null);
      }
    }
    return path;
  }

  /** The accessor a path node names: by its Java name, or by its JSON name (HV 9 with a provider). */
  private static Optional<Method> accessor(Class<?> type, String name) {
    return ACCESSORS.get(type).computeIfAbsent(name, n -> {
      for (Class<?> c : withInterfaces(type)) {
        for (Method m : c.getMethods()) {
          if (m.getParameterCount() == 0 && (m.getName().equals(n) || n.equals(jsonProperty(m)))) {
            return Optional.of(m);
          }
        }
      }
      return Optional.empty();
    });
  }

  /** The {@code @JsonProperty} name of an accessor, or of the one it implements. */
  private static String jsonName(Method accessor) {
    for (Class<?> c : withInterfaces(accessor.getDeclaringClass())) {
      try {
        String name = jsonProperty(c.getMethod(accessor.getName()));
        if (name != null) {
          return name;
        }
      } catch (NoSuchMethodException e) {
        // not declared here; look further up
      }
    }
    return accessor.getName();
  }

  private static String jsonProperty(Method m) {
    JsonProperty json = m.getAnnotation(JsonProperty.class);
    return json != null && !json.value().isEmpty() ? json.value() : null;
  }

  /** The model type inside an accessor's {@code Optional<T>}, {@code List<T>} or plain {@code T}. */
  private static Class<?> valueType(Type type) {
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw
        && (raw == Optional.class || Collection.class.isAssignableFrom(raw))) {
      return valueType(p.getActualTypeArguments()[0]);
    }
    if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
      return raw;
    }
    return type instanceof Class<?> c ? c : null;
  }

  private static List<Class<?>> withInterfaces(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      out.add(c);
      out.addAll(List.of(c.getInterfaces()));
    }
    return out;
  }
}
