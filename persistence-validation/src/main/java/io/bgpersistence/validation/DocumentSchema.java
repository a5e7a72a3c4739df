package io.bgpersistence.validation;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSetting;
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
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A JSON Schema (2020-12) of the document, for editors and forms ({@code bpctl schema}). Nothing
 * in it is written twice: property names, types, order and aliases come from the model's one
 * {@link ModelShape}, descriptions and closed sets from the {@link Setting} and
 * {@link WriterSetting} tables, writer types from the registry, and patterns,
 * lengths, minimums and required fields from the very constraints Hibernate Validator checks.
 * Unknown fields are allowed, as the reader keeps them (and warns).
 */
public final class DocumentSchema {
  /** The JSON Schema dialect the schema is written in. */
  public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";
  private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
  /** Checked by a rule rather than a field constraint, and worth telling an editor. */
  private static final Map<Class<?>, Map<String, String>> RULE_PATTERNS =
      Map.of(ResourceSpec.class, Map.of("cpu", Checks.QUANTITY, "memory", Checks.QUANTITY));

  private DocumentSchema() {}

  /**
   * The schema, with {@code bus_subscriber_type}'s values from {@code registry}.
   *
   * @param registry the writer types whose names the schema allows in {@code bus_subscriber_type}
   * @return the schema, with {@code bus_subscriber_type}'s values from {@code registry}
   */
  public static ObjectNode generate(WriterTypeRegistry registry) {
    ObjectNode schema = JSON.objectNode();
    schema.put("$schema", DIALECT);
    schema.put("title", "Background persistence writers");
    schema.put("description", "One document describes the fleet: shared settings and one entry per writer.");
    ObjectNode defs = JSON.objectNode();
    objectSchema(ModelShape.document(), registry, defs, schema);
    schema.set("$defs", defs);
    return schema;
  }

  private static void objectSchema(ModelShape shape, WriterTypeRegistry registry, ObjectNode defs, ObjectNode into) {
    Class<?> type = shape.type();
    into.put("type", "object");
    ObjectNode properties = JSON.objectNode();
    ArrayNode required = JSON.arrayNode();
    for (ModelShape.Property p : shape.properties()) {
      String name = p.jsonName();
      ObjectNode property = JSON.objectNode();
      valueSchema(p.value(), registry, defs, property);
      if (p.isOptional()) {
        allowNull(property);
      }
      p.description().ifPresent(d -> property.put("description", d));
      Optional<Setting> setting = type == CommonPersistenceSpecs.class || type == PersistenceDocument.class
          ? Setting.byJsonName(name) : Optional.empty();
      setting.ifPresent(s -> {
        property.put("description", s.deprecatedName().filter(name::equals).isPresent()
            ? "Deprecated spelling of " + s.jsonName() + ": " + s.description() : s.description());
        if (!s.allowedValues().isEmpty()) {
          // Compared ignoring case: a pattern says so where an enum cannot (ECMA-262 has no (?i)).
          property.put("pattern", "^(?:" + String.join("|", s.allowedValues().stream()
              .map(DocumentSchema::anyCase).toList()) + ")$");
          ArrayNode examples = property.putArray("examples");
          s.allowedValues().forEach(examples::add);
        }
      });
      if (type == WriterSpec.class) {
        WriterSetting.byJsonName(name).ifPresent(s -> property.put("description", s.description()));
      }
      if (type == WriterSpec.class && name.equals("bus_subscriber_type")) {
        ArrayNode values = property.putArray("examples");
        registry.names().forEach(values::add);
      }
      String rulePattern = RULE_PATTERNS.getOrDefault(type, Map.of()).get(name);
      if (rulePattern != null) {
        property.put("pattern", "^(?:" + rulePattern + ")$");
      }
      if (constrain(type, p.accessor(), property)) {
        required.add(name);
      }
      properties.set(name, property);
      for (String other : p.aliases()) {
        ObjectNode aliasProperty = property.deepCopy();
        aliasProperty.put("description", "Another name of " + name + " (read, never written).");
        properties.set(other, aliasProperty);
      }
    }
    into.set("properties", properties);
    if (!required.isEmpty()) {
      into.set("required", required);
    }
    into.put("additionalProperties", true);
  }

  /** {@code [Kk][Aa]…}: the value in any case, as an ECMA-262 pattern. */
  private static String anyCase(String value) {
    StringBuilder out = new StringBuilder();
    for (char c : value.toCharArray()) {
      char lower = Character.toLowerCase(c);
      char upper = Character.toUpperCase(c);
      if (lower != upper) {
        out.append('[').append(upper).append(lower).append(']');
      } else if (Character.isLetterOrDigit(c) || c == '-' || c == '_') {
        out.append(c);
      } else {
        out.append('\\').append(c);
      }
    }
    return out.toString();
  }

  /** An optional field may also be null: the reader takes null for absent, as the platform's API writes it. */
  private static void allowNull(ObjectNode property) {
    JsonNode ref = property.remove("$ref");
    if (ref != null) {
      property.set("anyOf", JSON.arrayNode().add(JSON.objectNode().set("$ref", ref))
          .add(JSON.objectNode().put("type", "null")));
      return;
    }
    JsonNode t = property.get("type");
    if (t == null) {
      return;  // any JSON value, null included
    }
    ArrayNode types = JSON.arrayNode();
    if (t.isArray()) {
      t.forEach(types::add);
    } else {
      types.add(t);
    }
    types.add("null");
    property.set("type", types);
  }

  private static void valueSchema(ModelShape.ValueShape value, WriterTypeRegistry registry, ObjectNode defs,
      ObjectNode into) {
    switch (value.kind()) {
      case STRING -> into.put("type", "string");
      case INTEGER -> into.put("type", "integer");
      case BOOLEAN -> into.put("type", "boolean");
      case INT_OR_STRING -> into.set("type", JSON.arrayNode().add("integer").add("string"));
      case ANY -> { }
      case LIST -> {
        into.put("type", "array");
        ObjectNode items = JSON.objectNode();
        valueSchema(value.element().orElseThrow(), registry, defs, items);
        into.set("items", items);
      }
      case MAP -> {
        into.put("type", "object");
        ObjectNode values = JSON.objectNode();
        valueSchema(value.element().orElseThrow(), registry, defs, values);
        into.set("additionalProperties", values);
      }
      case OBJECT -> {
        ModelShape shape = value.object().orElseThrow();
        String name = shape.type().getSimpleName();
        if (!defs.has(name)) {
          ObjectNode def = JSON.objectNode();
          defs.set(name, def);  // before recursing: a type may refer to itself
          objectSchema(shape, registry, defs, def);
        }
        into.put("$ref", "#/$defs/" + name);
      }
      default -> throw new IllegalStateException("unhandled kind " + value.kind());
    }
  }

  /** Copies the field's Hibernate Validator constraints; true when the field is required. */
  private static boolean constrain(Class<?> type, String javaName, ObjectNode property) {
    Optional<PropertyDescriptor> descriptor = FieldConstraints.constraintsOf(type, javaName);
    if (descriptor.isEmpty()) {
      return false;
    }
    boolean required = false;
    // HV gives a set: in a fixed order, the schema's text is the same from run to run.
    List<ConstraintDescriptor<?>> descriptors = new ArrayList<>(descriptor.get().getConstraintDescriptors());
    descriptors.sort(Comparator.comparing(c -> c.getAnnotation().annotationType().getName()));
    for (ConstraintDescriptor<?> c : descriptors) {
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

}
