package io.bgpersistence.validation;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Document order: the order of the canonical form, read from the model's
 * {@code @JsonPropertyOrder}s, so a problem about a missing field sits where that field would be.
 * Fields the model does not know come after the known ones of their object, in the order found.
 */
final class DocumentOrder {
  /** One object type of the model: each known JSON name's rank and the type below it. */
  private record Level(Map<String, Integer> rank, Map<String, Level> below) {}

  private static final Level ROOT = levelOf(PersistenceDocument.class);

  private DocumentOrder() {}

  /** A stable sort: problems at one path keep the order in which they were found. */
  static List<FieldProblem> sort(List<FieldProblem> problems) {
    if (problems.size() < 2) {
      return List.copyOf(problems);
    }
    // Each path's segments once, not once per comparison.
    record Keyed(FieldProblem problem, List<Object> segments) {}
    List<Keyed> keyed = new ArrayList<>(problems.size());
    problems.forEach(p -> keyed.add(new Keyed(p, segments(p.path()))));
    keyed.sort((a, b) -> compare(a.segments(), b.segments()));
    return keyed.stream().map(Keyed::problem).toList();
  }

  /** The JSON names the model defines for the object at {@code path} (for "did you mean"). */
  static List<String> knownNamesAt(FieldPath objectPath) {
    Level level = levelAt(segments(objectPath));
    return level == null ? List.of() : List.copyOf(level.rank().keySet());
  }

  static int compare(FieldPath a, FieldPath b) {
    return compare(segments(a), segments(b));
  }

  private static int compare(List<Object> x, List<Object> y) {
    Level level = ROOT;
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Object s = x.get(i);
      Object t = y.get(i);
      int c = compareSegment(level, s, t);
      if (c != 0) {
        return c;
      }
      if (s instanceof String name && level != null) {
        level = level.below().get(name);
      }
    }
    return Integer.compare(x.size(), y.size());
  }

  private static int compareSegment(Level level, Object s, Object t) {
    if (s instanceof Integer i && t instanceof Integer j) {
      return Integer.compare(i, j);
    }
    if (s instanceof Integer || t instanceof Integer) {
      return s instanceof Integer ? -1 : 1;
    }
    return Integer.compare(rank(level, (String) s), rank(level, (String) t));
  }

  private static int rank(Level level, String name) {
    return level == null ? Integer.MAX_VALUE : level.rank().getOrDefault(name, Integer.MAX_VALUE);
  }

  private static Level levelAt(List<Object> segments) {
    Level level = ROOT;
    for (Object s : segments) {
      if (level == null) {
        return null;
      }
      if (s instanceof String name) {
        level = level.below().get(name);
      }
    }
    return level;
  }

  /** Names as strings, indexes as integers; FieldPath keeps its segments private. */
  private static List<Object> segments(FieldPath path) {
    List<Object> out = new ArrayList<>();
    for (FieldPath p = path; !p.isRoot(); p = p.parent()) {
      String text = p.toString();
      String parentText = p.parent().toString();
      String last = text.substring(parentText.length());
      if (last.startsWith("[") && !last.startsWith("[\"")) {
        out.add(0, Integer.parseInt(last.substring(1, last.length() - 1)));
      } else {
        out.add(0, p.lastName());
      }
    }
    return out;
  }

  private static Level levelOf(Class<?> type) {
    Map<String, Integer> rank = new HashMap<>();
    JsonPropertyOrder order = type.getAnnotation(JsonPropertyOrder.class);
    if (order != null) {
      String[] names = order.value();
      for (int i = 0; i < names.length; i++) {
        rank.put(names[i], i);
      }
    }
    Map<String, Level> below = new HashMap<>();
    for (Method m : type.getMethods()) {
      JsonProperty property = m.getAnnotation(JsonProperty.class);
      if (property == null || m.getParameterCount() != 0) {
        continue;
      }
      rank.putIfAbsent(property.value(), rank.size() + 1000);
      Class<?> child = modelTypeOf(m.getGenericReturnType());
      if (child != null) {
        below.put(property.value(), levelOf(child));
      }
    }
    return new Level(Map.copyOf(rank), Map.copyOf(below));
  }

  /** The model interface inside {@code Optional<X>} / {@code List<X>} / {@code X}, if any. */
  private static Class<?> modelTypeOf(Type type) {
    Type inner = type instanceof ParameterizedType p ? p.getActualTypeArguments()[0] : type;
    return inner instanceof Class<?> c && c.isInterface()
        && c.getPackageName().equals(PersistenceDocument.class.getPackageName()) ? c : null;
  }
}
