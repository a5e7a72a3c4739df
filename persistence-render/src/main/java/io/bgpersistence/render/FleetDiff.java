package io.bgpersistence.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.Secrets;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What applying one rendering over another would do, object by object and field by field:
 * computed from the two renderings alone, no cluster needed. Objects are matched by kind,
 * namespace and name; creations and changes come in the new rendering's order, deletions in the
 * old one's.
 *
 * @param changes what happens to each object that differs
 */
public record FleetDiff(List<ObjectChange> changes) {
  /**
   * A diff; the list is copied.
   *
   * @param changes what happens to each object that differs
   */
  public FleetDiff {
    changes = List.copyOf(changes);
  }

  /** What happens to one object. */
  public enum Action {
    /** Only in the new rendering. */
    CREATE,
    /** In both, with fields that differ. */
    CHANGE,
    /** Only in the old rendering. */
    DELETE
  }

  /**
   * One object to create, change or delete.
   *
   * @param action what happens to it
   * @param kind its kind, e.g. {@code Deployment}
   * @param namespace its namespace; null for cluster-wide objects (the Namespace)
   * @param name its name
   * @param fields a change's field changes; empty for a creation or deletion
   */
  public record ObjectChange(Action action, String kind, String namespace, String name, List<FieldChange> fields) {
    /**
     * A change; the field list is copied.
     *
     * @param action what happens to it
     * @param kind its kind, e.g. {@code Deployment}
     * @param namespace its namespace; null for cluster-wide objects (the Namespace)
     * @param name its name
     * @param fields a change's field changes; empty for a creation or deletion
     */
    public ObjectChange {
      Objects.requireNonNull(action, "action");
      fields = List.copyOf(fields);
    }

    /**
     * The object as one names it.
     *
     * @return {@code Deployment background-persistence/online-writer}
     */
    public String describe() {
      return kind + " " + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  /**
   * One field that differs. {@code path} names list items by their {@code name} where they have
   * one ({@code containers[writer].env[METRICS_BUS_TOPIC_ID].value}), by index otherwise. A missing
   * side is an absent JSON node. Values under a secret-like name ({@link SecretValues}) are masked:
   * that they change is shown, never what they are.
   *
   * @param path where in the object
   * @param before the old value
   * @param after the new value
   */
  public record FieldChange(String path, JsonNode before, JsonNode after) {}

  /**
   * Compares two renderings (either may be empty).
   *
   * @param before what is applied now
   * @param after what would be applied
   * @return the differences
   */
  public static FleetDiff between(RenderedObjects before, RenderedObjects after) {
    return between(before.objects(), after.objects());
  }

  /**
   * Compares two lists of objects (either may be empty).
   *
   * @param before what is applied now
   * @param after what would be applied
   * @return the differences
   */
  public static FleetDiff between(List<? extends HasMetadata> before, List<? extends HasMetadata> after) {
    Map<String, HasMetadata> old = byKey(before);
    Map<String, HasMetadata> neu = byKey(after);
    List<ObjectChange> out = new ArrayList<>();
    neu.forEach((key, o) -> {
      HasMetadata was = old.get(key);
      if (was == null) {
        out.add(change(Action.CREATE, o, List.of()));
      } else {
        List<FieldChange> fields = new ArrayList<>();
        JsonTreeDiff.compare("", KubernetesText.tree(was), KubernetesText.tree(o), fields);
        if (!fields.isEmpty()) {
          out.add(change(Action.CHANGE, o, fields));
        }
      }
    });
    old.forEach((key, o) -> {
      if (!neu.containsKey(key)) {
        out.add(change(Action.DELETE, o, List.of()));
      }
    });
    return new FleetDiff(out);
  }

  /**
   * Whether the renderings are the same.
   *
   * @return whether nothing differs
   */
  public boolean isEmpty() {
    return changes.isEmpty();
  }

  /**
   * How many objects an action touches.
   *
   * @param action an action
   * @return the number of objects
   */
  public long count(Action action) {
    return changes.stream().filter(c -> c.action() == action).count();
  }

  /**
   * The text {@code bpctl diff} prints: one line per object, one indented line per field.
   *
   * @return the text
   */
  public String toText() {
    StringBuilder out = new StringBuilder();
    for (ObjectChange c : changes) {
      out.append(c.action().name().toLowerCase(java.util.Locale.ROOT)).append(' ').append(c.describe()).append('\n');
      for (FieldChange f : c.fields()) {
        out.append("  ").append(f.path()).append(": ")
            .append(show(f.before())).append(" -> ").append(show(f.after())).append('\n');
      }
    }
    out.append(count(Action.CREATE)).append(" to create, ").append(count(Action.CHANGE)).append(" to change, ")
        .append(count(Action.DELETE)).append(" to delete\n");
    return out.toString();
  }

  /**
   * The JSON {@code bpctl diff --format json} prints.
   *
   * @return the JSON text
   */

  public String toJson() {
    com.fasterxml.jackson.databind.ObjectMapper m = new com.fasterxml.jackson.databind.ObjectMapper();
    ObjectNode root = m.createObjectNode();
    root.put("create", count(Action.CREATE));
    root.put("change", count(Action.CHANGE));
    root.put("delete", count(Action.DELETE));
    com.fasterxml.jackson.databind.node.ArrayNode objects = root.putArray("objects");
    for (ObjectChange c : changes) {
      ObjectNode o = objects.addObject();
      o.put("action", c.action().name().toLowerCase(java.util.Locale.ROOT));
      o.put("kind", c.kind());
      o.put("namespace", c.namespace());
      o.put("name", c.name());
      com.fasterxml.jackson.databind.node.ArrayNode fields = o.putArray("fields");
      for (FieldChange f : c.fields()) {
        ObjectNode fo = fields.addObject();
        fo.put("path", f.path());
        if (!f.before().isMissingNode()) {
          fo.set("before", f.before());
        }
        if (!f.after().isMissingNode()) {
          fo.set("after", f.after());
        }
      }
    }
    return KubernetesText.pretty(root) + "\n";
  }

  private static String show(JsonNode n) {
    return n == null || n.isMissingNode() ? "(none)" : n.toString();
  }

  private static ObjectChange change(Action action, HasMetadata o, List<FieldChange> fields) {
    return new ObjectChange(action, o.getKind(), o.getMetadata().getNamespace(), o.getMetadata().getName(), fields);
  }

  private static Map<String, HasMetadata> byKey(List<? extends HasMetadata> objects) {
    Map<String, HasMetadata> out = new LinkedHashMap<>();
    for (HasMetadata o : objects) {
      out.put(o.getApiVersion() + "/" + o.getKind() + "/" + o.getMetadata().getNamespace() + "/"
          + o.getMetadata().getName(), o);
    }
    return out;
  }

  /** A field-by-field walk of two JSON trees. */
  static final class JsonTreeDiff {
    private JsonTreeDiff() {}

    static void compare(String path, JsonNode a, JsonNode b, List<FieldChange> out) {
      compare(path, a, b, false, out);
    }

    /** {@code secret}: the path passes through a secret-like name, so no value below it is shown. */
    private static void compare(String path, JsonNode a, JsonNode b, boolean secret, List<FieldChange> out) {
      if (a != null && b != null && a.equals(b)) {
        return;
      }
      if (a instanceof ObjectNode oa && b instanceof ObjectNode ob) {
        oa.fieldNames().forEachRemaining(f -> compare(child(path, f), oa.get(f), ob.get(f), secret || Secrets.isSecretName(f), out));
        ob.fieldNames().forEachRemaining(f -> {
          if (!oa.has(f)) {
            compare(child(path, f), null, ob.get(f), secret || Secrets.isSecretName(f), out);
          }
        });
      } else if (a != null && b != null && a.isArray() && b.isArray()) {
        if (named(a) && named(b)) {
          Map<String, JsonNode> ia = byName(a);
          Map<String, JsonNode> ib = byName(b);
          ia.forEach((n, v) -> compare(path + "[" + n + "]", v, ib.get(n), secret || Secrets.isSecretName(n), out));
          ib.forEach((n, v) -> {
            if (!ia.containsKey(n)) {
              compare(path + "[" + n + "]", null, v, secret || Secrets.isSecretName(n), out);
            }
          });
        } else {
          for (int i = 0; i < Math.max(a.size(), b.size()); i++) {
            compare(path + "[" + i + "]", a.has(i) ? a.get(i) : null, b.has(i) ? b.get(i) : null, secret, out);
          }
        }
      } else {
        out.add(new FieldChange(path, shown(a, secret), shown(b, secret)));
      }
    }

    /** A value as a diff may show it: absent, masked, or as it is with what it holds under secret-like names masked. */
    private static JsonNode shown(JsonNode n, boolean secret) {
      if (n == null) {
        return com.fasterxml.jackson.databind.node.MissingNode.getInstance();
      }
      return secret ? com.fasterxml.jackson.databind.node.TextNode.valueOf(Secrets.MASK) : SecretValues.masked(n);
    }

    private static String child(String path, String field) {
      return path.isEmpty() ? field : path + "." + field;
    }

    /** Lists of objects each with a distinct name: containers, env, volumes, volumeMounts. */
    private static boolean named(JsonNode array) {
      java.util.Set<String> names = new java.util.HashSet<>();
      for (JsonNode n : array) {
        if (!n.isObject() || !n.path("name").isTextual() || !names.add(n.get("name").asText())) {
          return false;
        }
      }
      return !names.isEmpty();
    }

    private static Map<String, JsonNode> byName(JsonNode array) {
      Map<String, JsonNode> out = new LinkedHashMap<>();
      array.forEach(n -> out.put(n.get("name").asText(), n));
      return out;
    }
  }
}
