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
   * @return the masked copy (the node itself when it holds nothing to mask)
   */
  static JsonNode masked(JsonNode node) {
    if (node.isObject()) {
      ObjectNode out = ((ObjectNode) node).deepCopy();
      boolean secretPair = node.path("name").isTextual() && Secrets.isSecretName(node.get("name").asText());
      node.fields().forEachRemaining(f -> out.set(f.getKey(),
          f.getValue().isValueNode() && !f.getValue().isNull() && (Secrets.isSecretName(f.getKey())
              || secretPair && f.getKey().equals("value")) ? MASK : masked(f.getValue())));
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
      JsonNode name = node.get("name");
      JsonNode value = node.get("value");
      if (name != null && name.isTextual() && value != null && value.isTextual()
          && Secrets.isSecretName(name.asText()) && !value.asText().isEmpty()) {
        out.add(value.asText());
      }
      node.fields().forEachRemaining(f -> {
        if (f.getValue().isTextual() && Secrets.isSecretName(f.getKey()) && !f.getValue().asText().isEmpty()) {
          out.add(f.getValue().asText());
        }
        collect(f.getValue(), out);
      });
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }
}
