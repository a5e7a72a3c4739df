package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ProblemType;
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
 * reading could not take), and what they find at or below such a value is dropped: reading's
 * error about it is the whole news (a number given as a string is not also "required").
 */
final class Precedence {
  private Precedence() {}

  static List<FieldProblem> apply(List<FieldProblem> found) {
    List<FieldProblem> out = found;
    out = whereSupersedes(out, p -> p.type() == ProblemType.Required && p.isError());
    out = whereSupersedes(out, p -> p.origin().equals(PlaceholderRule.ID));
    return out;
  }

  /** The rules' problems about the readable part, less those at or below an unreadable value. */
  static List<FieldProblem> besideUnreadable(List<FieldProblem> found, List<FieldProblem> readErrors) {
    Set<FieldPath> unreadable = new HashSet<>();
    readErrors.forEach(e -> unreadable.add(e.path()));
    return found.stream().filter(p -> !withinAny(p.path(), unreadable)).toList();
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
