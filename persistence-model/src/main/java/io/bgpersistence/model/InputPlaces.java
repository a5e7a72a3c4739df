package io.bgpersistence.model;

import com.fasterxml.jackson.core.JsonLocation;
import java.util.HashMap;
import java.util.Map;

/**
 * Where a read input holds each value, for the problems found after reading (by validation, say),
 * which know only the model's names: each is placed at the path as the input spells it (a document
 * that says {@code common_specs} hears about {@code common_specs.namespace}) and at the line and
 * column of that value, or of the nearest object around it when the value is missing. The input is
 * read again for this only when there is a problem to place.
 */
public final class InputPlaces {
  /** Nothing to place problems in: each stays as it is. */
  public static final InputPlaces NONE = new InputPlaces(null, Map.of());

  private final byte[] input;
  /** Where the input gives a field under another name than the model's: the model's path → the input's. */
  private final Map<FieldPath, FieldPath> spelled;
  private Map<FieldPath, JsonLocation> where;

  InputPlaces(byte[] input, Map<FieldPath, FieldPath> spelled) {
    this.input = input;  // the reader's own copy
    this.spelled = Map.copyOf(spelled);
  }

  /**
   * A path as the input spells it.
   *
   * @param path a path in the model's names
   * @return the same path in the input's names
   */
  public FieldPath asWritten(FieldPath path) {
    for (FieldPath p = path; !p.isRoot(); p = p.parent()) {
      FieldPath written = spelled.get(p);
      if (written != null) {
        return path.rebased(p, written);
      }
    }
    return path;
  }

  /**
   * A problem placed in the input; one that has a line already (reading's own) is left as it is.
   *
   * @param problem a problem about the document read
   * @return the problem at the input's path, with a line and column where the input has them
   */
  public FieldProblem place(FieldProblem problem) {
    if (problem.line().isPresent() || input == null) {
      return problem;
    }
    FieldPath written = asWritten(problem.path());
    Map<FieldPath, JsonLocation> locations = locations();
    for (FieldPath p = written.keysAsFields(); ; p = p.parent()) {
      JsonLocation at = locations.get(p);
      if (at != null) {
        return problem.placed(written, at.getLineNr(), at.getColumnNr());
      }
      if (p.isRoot()) {
        return problem.placed(written, 0, 0);
      }
    }
  }

  /** Places of the same input are equal, so that two readings of one text are equal results. */
  @Override
  public boolean equals(Object o) {
    return o instanceof InputPlaces other && java.util.Arrays.equals(input, other.input) && spelled.equals(other.spelled);
  }

  @Override
  public int hashCode() {
    return java.util.Arrays.hashCode(input) * 31 + spelled.hashCode();
  }

  private synchronized Map<FieldPath, JsonLocation> locations() {
    if (where == null) {
      Map<FieldPath, JsonLocation> found = new HashMap<>();
      DocumentReader.locate(input, found);
      where = found;
    }
    return where;
  }
}
