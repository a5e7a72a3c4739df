package io.bgpersistence.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import io.bgpersistence.model.Secrets;
import java.util.Comparator;
import java.util.Set;
import java.util.TreeSet;

/**
 * The values a rendered object holds under a secret-like name ({@link Secrets#isSecretName}): a
 * field such as a ConfigMap key, or an environment variable's {@code {name, value}}. Whatever shows
 * a rendered object's values to a person (a diff, an API server's refusal) shows these masked.
 */
public final class SecretValues {
  private static final TextNode MASK = TextNode.valueOf(Secrets.MASK);

  private SecretValues() {}

  /**
   * The non-empty secret values in a JSON tree, longest first (so that masking a text replaces a
   * value before any shorter value inside it).
   *
   * @param node a rendered object's tree, or part of one
   * @return the values
   */
  public static Set<String> in(JsonNode node) {
    Set<String> out = new TreeSet<>(Comparator.comparing(String::length).reversed().thenComparing(Comparator.naturalOrder()));
    collect(node, out);
    return out;
  }

  /**
   * A copy of the tree with every secret value replaced by {@link Secrets#MASK}.
   *
   * @param node a rendered object's tree, or part of one
   * @return the masked copy (a scalar node, being immutable, as it is)
   */
  static JsonNode masked(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = ((ObjectNode) node).objectNode();
      node.fields().forEachRemaining(f -> out.set(f.getKey(),
          f.getValue().isValueNode() && !f.getValue().isNull() && underSecretName(node, f.getKey())
              ? MASK : masked(f.getValue())));
      return out;
    }
    if (node.isArray()) {
      ArrayNode out = ((ArrayNode) node).arrayNode();
      node.forEach(n -> out.add(masked(n)));
      return out;
    }
    return node;
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      node.fields().forEachRemaining(f -> {
        if (f.getValue().isTextual() && !f.getValue().asText().isEmpty() && underSecretName(node, f.getKey())) {
          out.add(f.getValue().asText());
        }
        collect(f.getValue(), out);
      });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }

  /** A field of a secret-like name, or the {@code value} of a {@code {name, value}} pair whose name is one. */
  private static boolean underSecretName(JsonNode object, String field) {
    return Secrets.isSecretName(field) || field.equals("value") && object.path("name").isTextual()
        && Secrets.isSecretName(object.get("name").asText());
  }
}
