package io.bgpersistence.validation;

import io.bgpersistence.model.ModelShape;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.hibernate.validator.spi.nodenameprovider.JavaBeanProperty;
import org.hibernate.validator.spi.nodenameprovider.Property;
import org.hibernate.validator.spi.nodenameprovider.PropertyNodeNameProvider;
import org.hibernate.validator.spi.properties.ConstrainableExecutable;
import org.hibernate.validator.spi.properties.GetterPropertySelectionStrategy;

/**
 * Teaches Hibernate Validator the model's shape: its accessors are {@code name()}, not
 * {@code getName()} (HV would otherwise silently skip every constraint on them), and its
 * properties are called by their JSON names (from {@link ModelShape}), so violation paths read
 * {@code writers[0].request}.
 */
final class JsonNamedAccessors implements GetterPropertySelectionStrategy, PropertyNodeNameProvider {
  private static final Set<String> NOT_PROPERTIES = Set.of("toString", "hashCode", "getClass", "clone");

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
    return jsonName(bean.getDeclaringClass(), bean.getName());
  }

  /** The JSON name of a model accessor; other names as they are. */
  static String jsonName(Class<?> declaringClass, String accessor) {
    return ModelShape.modelTypeOf(declaringClass)
        .flatMap(t -> ModelShape.of(t).propertyByAccessor(accessor))
        .map(ModelShape.Property::jsonName)
        .orElse(accessor);
  }
}
