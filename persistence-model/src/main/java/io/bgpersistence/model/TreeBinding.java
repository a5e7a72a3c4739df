package io.bgpersistence.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The reader's last pass: the checked tree into model values, through the model's builders, led
 * by its {@link ModelShape}. It gives what Jackson's binding of the model gives (a test holds the
 * two equal), without Jackson building a deserializer for every generated class on every run
 * (the largest part of reading a document, cold) and with the unknown fields in input order at
 * once. It relies on the reader's type check: every value here already has the JSON type its
 * field needs.
 */
final class TreeBinding {
  private TreeBinding() {}

  static PersistenceDocument document(JsonNode tree) {
    return document(tree, Map.of());
  }

  /**
   * The document, with some of its lists bound already, item by item, by their JSON names; their
   * nodes in the tree are left empty.
   */
  static PersistenceDocument document(JsonNode tree, Map<String, List<Object>> boundLists) {
    return (PersistenceDocument) object(tree, ModelShape.document(), boundLists);
  }

  private static Object object(JsonNode node, ModelShape shape) {
    return object(node, shape, Map.of());
  }

  private static Object object(JsonNode node, ModelShape shape, Map<String, List<Object>> boundLists) {
    Object builder = shape.newBuilder();
    Map<String, JsonNode> unknown = null;
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      Optional<ModelShape.Property> property = shape.property(field.getKey());
      if (property.isEmpty()) {
        if (unknown == null) {
          unknown = new LinkedHashMap<>();
        }
        // The tree's own node: it keeps a number's text as written (1.0 stays 1.0).
        unknown.put(field.getKey(), field.getValue());
        continue;
      }
      ModelShape.Property p = property.get();
      JsonNode value = field.getValue();
      if (value.isNull() && p.nullIsAbsent()) {
        continue;  // as if left out
      }
      List<Object> bound = boundLists.get(field.getKey());
      Object v = bound != null ? bound : value(value, p.value());
      p.set(builder, p.isOptional() ? Optional.of(v) : v);
    }
    if (unknown != null) {
      shape.setUnknownFields(builder, unknown);
    }
    return shape.build(builder);
  }

  /** A value of this shape (one item of a list, say). */
  static Object value(JsonNode node, ModelShape.ValueShape shape) {
    return switch (shape.kind()) {
      case STRING -> node.textValue();
      case INTEGER -> node.intValue();
      case BOOLEAN -> node.booleanValue();
      case INT_OR_STRING -> node.isTextual() ? IntOrPercent.of(node.textValue()) : IntOrPercent.of(node.intValue());
      case ANY -> node;
      case OBJECT -> object(node, shape.object().orElseThrow());
      case MAP -> map(node, shape.element().orElseThrow());
      case LIST -> list(node, shape.element().orElseThrow());
    };
  }

  private static Map<String, Object> map(JsonNode node, ModelShape.ValueShape values) {
    Map<String, Object> out = new LinkedHashMap<>();
    node.fields().forEachRemaining(e -> out.put(e.getKey(), value(e.getValue(), values)));
    return out;
  }

  private static List<Object> list(JsonNode node, ModelShape.ValueShape items) {
    List<Object> out = new ArrayList<>(node.size());
    for (JsonNode item : node) {
      out.add(value(item, items));
    }
    return out;
  }
}
