package io.bgpersistence.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Teaches Hibernate Validator the model's shape: its accessors are {@code name()}, not
 * {@code getName()} (HV would otherwise silently skip every constraint on them), and its
 * properties are called by their JSON names, so violation paths read {@code writers[0].request}.
 */
final class JsonNamedAccessors implements GetterPropertySelectionStrategy, PropertyNodeNameProvider {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone");
  /** Per model class, accessor name → JSON name; HV asks for a name each time it walks a property. */
  private final ClassValue<Map<String, String>> jsonNames = new ClassValue<>() {
    @Override
    protected Map<String, String> computeValue(Class<?> type) {
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

  @Override
  public String getName(Property property) {
    if (!(property instanceof JavaBeanProperty bean)) {
      return property.getName();
    }
    return jsonNames.get(bean.getDeclaringClass())
        .computeIfAbsent(bean.getName(), accessor -> jsonName(bean.getDeclaringClass(), accessor));
  }

  /** The {@code @JsonProperty} name on the accessor or on the one it implements. */
  private static String jsonName(Class<?> type, String accessor) {
    for (Class<?> c : withInterfaces(type)) {
      try {
        Method m = c.getMethod(accessor);
        JsonProperty json = m.getAnnotation(JsonProperty.class);
        if (json != null && !json.value().isEmpty()) {
          return json.value();
        }
      } catch (NoSuchMethodException e) {
        // not declared here; look further up
      }
    }
    return accessor;
  }

  private static List<Class<?>> withInterfaces(Class<?> type) {
    java.util.ArrayList<Class<?>> out = new java.util.ArrayList<>();
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      out.add(c);
      out.addAll(List.of(c.getInterfaces()));
    }
    return out;
  }
}
