package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.Setting;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The one place where a problem is left out, so a reader can tell why one did not appear: at one
 * path, a problem that says the value is missing, or was never filled in, is the whole news, and
 * every other complaint about that same value is dropped (unknown-field warnings stay). In order:
 * <ol>
 *   <li>an error {@code Required} at a path (absent, empty or blank) drops the others there, e.g.
 *       an empty namespace is not also "not a DNS label", a blank required field not also
 *       "whitespace only";</li>
 *   <li>a template placeholder ({@code <your value>}) at a path drops the others there, e.g. an
 *       image still {@code <go image>} is not also "not an image reference".</li>
 * </ol>
 * Rules that compare two fields look only at values that are filled in (no placeholder), so they
 * never speak about the other field because of this one: that is a rule's precondition, not
 * suppression.
 *
 * <p>Beside reading's errors, the rules check the document's readable part (without the values
 * reading could not take). Reading's error about such a value is the whole news about it: what the
 * rules find at or below it, or under the other spelling of the same setting, is dropped (a number
 * given as a string is not also "required"); so are their warnings, which speak of the fleet as a
 * whole (no writer reads a bus, say) and cannot be trusted with writers half read.
 */
final class Precedence {
  private Precedence() {}

  static List<FieldProblem> apply(List<FieldProblem> found) {
    List<FieldProblem> out = found;
    out = whereSupersedes(out, p -> p.type() == ProblemType.Required && p.isError());
    out = whereSupersedes(out, p -> p.origin().equals(PlaceholderRule.ID));
    return out;
  }

  /** The rules' errors about the readable part, less those about a value left out of it. */
  static List<FieldProblem> besideUnreadable(List<FieldProblem> found, Set<FieldPath> leftOut) {
    Set<FieldPath> unreadable = new HashSet<>(leftOut);
    for (FieldPath p : leftOut) {
      // A setting given under its deprecated name is the same value under its current one.
      Setting.byJsonName(p.lastName()).filter(s -> !p.isIndex()).ifPresent(s -> {
        unreadable.add(p.parent().child(s.jsonName()));
        s.deprecatedName().ifPresent(old -> unreadable.add(p.parent().child(old)));
      });
    }
    return found.stream().filter(FieldProblem::isError).filter(p -> !withinAny(p.path(), unreadable)).toList();
  }

  private static boolean withinAny(FieldPath path, Set<FieldPath> tops) {
    for (FieldPath p = path; ; p = p.parent()) {
      if (tops.contains(p)) {
        return true;
      }
      if (p.isRoot()) {
        return false;
      }
    }
  }

  private static List<FieldProblem> whereSupersedes(List<FieldProblem> found, Predicate<FieldProblem> superseding) {
    Set<FieldPath> at = new HashSet<>();
    found.stream().filter(superseding).forEach(p -> at.add(p.path()));
    if (at.isEmpty()) {
      return found;
    }
    return found.stream()
        .filter(p -> superseding.test(p) || !at.contains(p.path()) || p.type() == ProblemType.Unknown)
        .toList();
  }
}
