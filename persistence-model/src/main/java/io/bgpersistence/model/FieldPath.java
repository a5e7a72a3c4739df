package io.bgpersistence.model;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;

/**
 * Where in a document a problem is, in the document's own JSON names:
 * {@code writers[1].request.cpu}. Immutable and parent-linked (after Kubernetes' {@code field.Path}),
 * so callers compose paths with {@link #child} and {@link #index} and never concatenate strings.
 * The root prints as the empty string.
 */
public final class FieldPath implements Comparable<FieldPath> {

  /** The whole document; prints as the empty string. */
  public static final FieldPath ROOT = new FieldPath(null, null, -1, false);

  private final FieldPath parent;
  private final String name;
  private final int index;
  private final boolean key;
  /** Rendered on first use: most paths made while reading and checking are never printed. */
  private String text;

  private FieldPath(FieldPath parent, String name, int index, boolean key) {
    this.parent = parent;
    this.name = name;
    this.index = index;
    this.key = key;
  }

  private String text() {
    String t = text;
    if (t == null) {
      t = render();
      text = t;  // a benign race: every thread renders the same string
    }
    return t;
  }

  /**
   * Parses a path as {@link #toString()} writes it: {@code writers[1].request.cpu},
   * {@code writers[0].node_selector[kubernetes.io/arch]} (a bracket holds an index, or else a map
   * key, which may hold dots).
   *
   * @param path the path's text
   * @return the path
   * @throws IllegalArgumentException when a bracket is not closed or a name is empty
   */
  public static FieldPath parse(String path) {
    java.util.Objects.requireNonNull(path, "path");
    FieldPath p = ROOT;
    int i = 0;
    while (i < path.length()) {
      char c = path.charAt(i);
      if (c == '[' && i + 1 < path.length() && path.charAt(i + 1) == '"') {
        // A quoted name, as toString writes one that holds a separator: \" and \\ are escapes.
        StringBuilder name = new StringBuilder();
        int j = i + 2;
        while (j < path.length() && path.charAt(j) != '"') {
          if (path.charAt(j) == '\\' && j + 1 < path.length()) {
            j++;
          }
          name.append(path.charAt(j++));
        }
        if (j + 1 >= path.length() || path.charAt(j + 1) != ']') {
          throw new IllegalArgumentException("not a field path (a quoted name is not closed): " + path);
        }
        p = p.child(name.toString());
        i = j + 2;
      } else if (c == '[') {
        int close = path.indexOf(']', i);
        if (close < 0) {
          throw new IllegalArgumentException("not a field path (a '[' is not closed): " + path);
        }
        String inside = path.substring(i + 1, close);
        p = !inside.isEmpty() && inside.chars().allMatch(Character::isDigit) && inside.length() < 10
            ? p.index(Integer.parseInt(inside)) : p.key(inside);
        i = close + 1;
      } else {
        int start = c == '.' && !p.isRoot() ? i + 1 : i;
        int end = start;
        while (end < path.length() && path.charAt(end) != '.' && path.charAt(end) != '[') {
          end++;
        }
        if (end == start) {
          throw new IllegalArgumentException("not a field path (an empty name): " + path);
        }
        p = p.child(path.substring(start, end));
        i = end;
      }
    }
    return p;
  }

  /**
   * The field {@code jsonName} of the object at this path.
   *
   * @param jsonName the field's name as the JSON has it (e.g. {@code common_persistence_specs}); not null
   * @return the field {@code jsonName} of the object at this path
   */
  public FieldPath child(String jsonName) {
    return new FieldPath(this, Objects.requireNonNull(jsonName, "jsonName"), -1, false);
  }

  /**
   * The entry {@code key} of the map at this path: prints as {@code node_selector[key]}.
   *
   * @param key the map key as the document writes it; it may hold dots
   * @return the entry {@code key} of the map at this path: prints as {@code node_selector[key]}
   */
  public FieldPath key(String key) {
    return new FieldPath(this, Objects.requireNonNull(key, "key"), -1, true);
  }

  /**
   * The item {@code i} of the array at this path.
   *
   * @param i the item's position in the array, from 0
   * @return the item {@code i} of the array at this path
   */
  public FieldPath index(int i) {
    if (i < 0) {
      throw new IllegalArgumentException("index must be >= 0: " + i);
    }
    return new FieldPath(this, null, i, false);
  }

  /** {@return whether this path ends in an array index ({@code writers[1]})} */
  public boolean isIndex() {
    return parent != null && name == null;
  }

  /** {@return the index this path ends in; -1 when it ends in a name} */
  public int lastIndex() {
    return name == null ? index : -1;
  }

  /** {@return whether this is the whole document} */
  public boolean isRoot() {
    return parent == null;
  }

  /** {@return the last field name on this path (the nearest one above an index), or empty at the root} */
  public String lastName() {
    for (FieldPath p = this; p != null; p = p.parent) {
      if (p.name != null) {
        return p.name;
      }
    }
    return "";
  }

  /** {@return the path one step up (the root's parent is the root)} */
  public FieldPath parent() {
    return parent == null ? this : parent;
  }

  /**
   * Whether {@code other} is this path or lies below it.
   *
   * @param other the path that may lie at or below this one
   * @return whether {@code other} is this path or lies below it
   */
  public boolean contains(FieldPath other) {
    for (FieldPath p = other; p != null; p = p.parent) {
      if (p.equals(this)) {
        return true;
      }
    }
    return false;
  }

  /** This path with each map key as a field name: the reader notes where values are that way. */
  FieldPath keysAsFields() {
    FieldPath out = ROOT;
    for (FieldPath step : segments()) {
      out = step.name == null ? out.index(step.index) : out.child(step.name);
    }
    return out;
  }

  /** The steps from the document down to this path, first to last (the root left out). */
  List<FieldPath> segments() {
    List<FieldPath> out = new ArrayList<>();
    for (FieldPath p = this; p != null && p.parent != null; p = p.parent) {
      out.add(p);
    }
    Collections.reverse(out);
    return out;
  }

  private String render() {
    if (parent == null) {
      return "";
    }
    String before = parent.text();
    if (name == null) {
      return before + "[" + index + "]";
    }
    if (key && name.indexOf(']') < 0 && name.indexOf('"') < 0) {
      return before + "[" + name + "]";
    }
    if (!key && plainName(name)) {
      return before.isEmpty() ? name : before + "." + name;
    }
    // Keys that would be ambiguous with separators are quoted, like Kubernetes' labels[key];
    // control characters are escaped, so that a key cannot break or recolour an output line.
    return before + "[\"" + PrintableText.escape(name.replace("\\", "\\\\").replace("\"", "\\\"")) + "\"]";
  }

  /** {@code [A-Za-z0-9_-]+}, without a regex: every path of every document read is rendered. */
  private static boolean plainName(String name) {
    if (name.isEmpty()) {
      return false;
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      if (!(c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_' || c == '-')) {
        return false;
      }
    }
    return true;
  }

  /** This path with its part {@code from} replaced by {@code to}; itself when {@code from} is not on it. */
  FieldPath rebased(FieldPath from, FieldPath to) {
    if (equals(from)) {
      return to;
    }
    if (parent == null) {
      return this;
    }
    FieldPath above = parent.rebased(from, to);
    return above == parent ? this : new FieldPath(above, name, index, key);
  }

  @Override
  public String toString() {
    return text();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FieldPath other && text().equals(other.text());
  }

  @Override
  public int hashCode() {
    return text().hashCode();
  }

  /**
   * A stable total order: indexes numerically, names alphabetically. Not document order, which
   * depends on the model's field order and is the validator's to apply.
   */
  @Override
  public int compareTo(FieldPath o) {
    List<FieldPath> a = segments();
    List<FieldPath> b = o.segments();
    for (int i = 0; i < Math.min(a.size(), b.size()); i++) {
      FieldPath x = a.get(i);
      FieldPath y = b.get(i);
      int c;
      if (x.name == null && y.name == null) {
        c = Integer.compare(x.index, y.index);
      } else if (x.name == null || y.name == null) {
        c = x.name == null ? -1 : 1;
      } else {
        c = x.name.compareTo(y.name);
      }
      if (c != 0) {
        return c;
      }
    }
    return Integer.compare(a.size(), b.size());
  }
}
