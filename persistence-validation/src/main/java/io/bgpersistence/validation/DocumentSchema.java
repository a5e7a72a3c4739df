package io.bgpersistence.validation;

import com.fasterxml.jackson.annotation.JsonAlias;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyDescription;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterTypeRegistry;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import jakarta.validation.metadata.ConstraintDescriptor;
import jakarta.validation.metadata.PropertyDescriptor;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * A JSON Schema (2020-12) of the document, for editors and forms ({@code bpctl schema}). Nothing
 * in it is written twice: property names and types come from the model's accessors, descriptions
 * and closed sets from the {@link Setting} table, writer types from the registry, and patterns,
 * lengths, minimums and required fields from the very constraints Hibernate Validator checks.
 * Unknown fields are allowed, as the reader keeps them (and warns).
 */
public final class DocumentSchema {
  /** The JSON Schema dialect of the generated schema ({@code $schema}). */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Checked by a rule rather than a field constraint, and worth telling an editor. */
  private static final Map<Class<?>, Map<String, String>> RULE_PATTERNS =
      Map.of(ResourceSpec.class, Map.of("cpu", Checks.QUANTITY, "memory", Checks.QUANTITY));

  private DocumentSchema() {}

  /**
   * The schema of documents that may use the registry's writer types.
   *
   * @param registry the writer types {@code bus_subscriber_type} may name
   * @return a new schema object
   */
  public static ObjectNode generate(WriterTypeRegistry registry) {

    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", "Background persistence writers");
    schema.put("description", "One document describes the fleet: shared settings and one entry per writer.");
    ObjectNode defs = JSON.objectNode();
    objectSchema(PersistenceDocument.class, registry, defs, schema);
    schema.set("$defs", defs);
    return schema;
  }

  private static void objectSchema(Class<?> type, WriterTypeRegistry registry, ObjectNode defs, ObjectNode into) {
    into.put("type", "object");
    ObjectNode properties = JSON.objectNode();
    ArrayNode required = JSON.arrayNode();
    List<Method> accessors = Arrays.stream(type.getMethods())
        .filter(m -> m.isAnnotationPresent(JsonProperty.class) && m.getParameterCount() == 0)
        .sorted(Comparator.comparingInt(m -> order(type, m.getAnnotation(JsonProperty.class).value())))
        .toList();
    for (Method accessor : accessors) {
      String name = accessor.getAnnotation(JsonProperty.class).value();
      ObjectNode property = JSON.objectNode();
      valueSchema(accessor.getGenericReturnType(), registry, defs, property);
      Setting.byJsonName(name).ifPresent(setting -> {
        property.put("description", setting.description());
        if (!setting.allowedValues().isEmpty()) {
          ArrayNode values = property.putArray("enum");
          setting.allowedValues().forEach(values::add);
        }
      });
      JsonPropertyDescription doc = accessor.getAnnotation(JsonPropertyDescription.class);
      if (doc != null) {
        property.put("description", doc.value());
      }
      if (type == WriterSpec.class && name.equals("bus_subscriber_type")) {
        ArrayNode values = property.putArray("enum");
        registry.names().forEach(values::add);
      }
      String rulePattern = RULE_PATTERNS.getOrDefault(type, Map.of()).get(name);
      if (rulePattern != null) {
        property.put("pattern", "^(?:" + rulePattern + ")$");
      }
      if (constrain(type, accessor.getName(), property)) {
        required.add(name);
      }
      properties.set(name, property);
      JsonAlias alias = accessor.getAnnotation(JsonAlias.class);
      if (alias != null) {
        for (String other : alias.value()) {
          ObjectNode aliasProperty = property.deepCopy();
          aliasProperty.put("description", "Another name of " + name + " (read, never written).");
          properties.set(other, aliasProperty);
        }
      }
    }
    into.set("properties", properties);
    if (!required.isEmpty()) {
      into.set("required", required);
    }
    into.put("additionalProperties", true);
  }

  private static void valueSchema(Type type, WriterTypeRegistry registry, ObjectNode defs, ObjectNode into) {
    if (type instanceof ParameterizedType generic) {
      Type argument = generic.getActualTypeArguments()[0];
      if (generic.getRawType() == List.class) {
        into.put("type", "array");
        ObjectNode items = JSON.objectNode();
        valueSchema(argument, registry, defs, items);
        into.set("items", items);
      } else {
        valueSchema(argument, registry, defs, into);  // Optional<T>: may be absent, else a T
      }
    } else if (type == String.class) {
      into.put("type", "string");
    } else if (type == Integer.class) {
      into.put("type", "integer");
    } else if (type instanceof Class<?> model && model.isInterface()) {
      String name = model.getSimpleName();
      if (!defs.has(name)) {
        ObjectNode def = JSON.objectNode();
        defs.set(name, def);  // before recursing: a type may refer to itself
        objectSchema(model, registry, defs, def);
      }
      into.put("$ref", "#/$defs/" + name);
    }
  }

  /** Copies the field's Hibernate Validator constraints; true when the field is required. */
  private static boolean constrain(Class<?> type, String javaName, ObjectNode property) {
    PropertyDescriptor descriptor =
        FieldConstraints.validator().getConstraintsForClass(type).getConstraintsForProperty(javaName);
    if (descriptor == null) {
      return false;
    }
    boolean required = false;
    for (ConstraintDescriptor<?> c : descriptor.getConstraintDescriptors()) {
      Class<?> kind = c.getAnnotation().annotationType();
      Map<String, Object> attributes = c.getAttributes();
      if (kind == NotBlank.class) {
        required = true;
        property.put("minLength", 1);
      } else if (kind == NotNull.class) {
        required = true;
      } else if (kind == NotEmpty.class) {
        required = true;
        property.put("minItems", 1);
      } else if (kind == Size.class) {
        property.put("maxLength", (Integer) attributes.get("max"));
      } else if (kind == Pattern.class) {
        property.put("pattern", "^(?:" + attributes.get("regexp") + ")$");
      } else if (kind == Min.class) {
        property.put("minimum", (Long) attributes.get("value"));
      }
    }
    return required;
  }

  /** The canonical key order (the model's {@code @JsonPropertyOrder}), so the schema reads like the format. */
  private static int order(Class<?> type, String name) {
    com.fasterxml.jackson.annotation.JsonPropertyOrder order =
        type.getAnnotation(com.fasterxml.jackson.annotation.JsonPropertyOrder.class);
    int i = order == null ? -1 : Arrays.asList(order.value()).indexOf(name);
    return i < 0 ? Integer.MAX_VALUE : i;
  }
}
