package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Document order: the order of the canonical form, read from the model's shape, so a problem about
 * a missing field sits where that field would be. Fields the model does not know (and map keys)
 * come after the known ones of their object, alphabetically.
 */
final class DocumentOrder {
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

  static int compare(FieldPath a, FieldPath b) {
    return compare(segments(a), segments(b));
  }

  private static int compare(List<Object> x, List<Object> y) {
    Optional<ModelShape> level = Optional.of(ModelShape.document());
    for (int i = 0; i < Math.min(x.size(), y.size()); i++) {
      Object s = x.get(i);
      Object t = y.get(i);
      int c = compareSegment(level, s, t);
      if (c != 0) {
        return c;
      }
      if (s instanceof String name) {
        level = level.flatMap(l -> l.property(name)).flatMap(ModelShape.Property::objectWithin);
      }
    }
    return Integer.compare(x.size(), y.size());
  }


  private static int compareSegment(Optional<ModelShape> level, Object s, Object t) {
    if (s instanceof Integer i && t instanceof Integer j) {
      return Integer.compare(i, j);
    }
    if (s instanceof Integer || t instanceof Integer) {
      return s instanceof Integer ? -1 : 1;
    }
    int c = Integer.compare(rank(level, (String) s), rank(level, (String) t));
    return c != 0 ? c : ((String) s).compareTo((String) t);
  }

  private static int rank(Optional<ModelShape> level, String name) {
    if (level.isEmpty()) {
      return Integer.MAX_VALUE;
    }
    int i = level.get().jsonNames().indexOf(name);
    if (i >= 0) {
      return i;
    }
    // An alias sorts where its field does.
    return level.get().property(name).map(p -> level.get().jsonNames().indexOf(p.jsonName()))
        .orElse(Integer.MAX_VALUE);
  }

  /** Names as strings, indexes as integers. */
  private static List<Object> segments(FieldPath path) {
    List<Object> out = new ArrayList<>();
    for (FieldPath p = path; !p.isRoot(); p = p.parent()) {
      out.add(0, p.isIndex() ? (Object) p.lastIndex() : p.lastName());
    }
    return out;
  }
}
