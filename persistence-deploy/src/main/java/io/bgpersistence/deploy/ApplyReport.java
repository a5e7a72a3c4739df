package io.bgpersistence.deploy;

import java.util.List;

/**
 * What an apply did, in order: one line per object applied or pruned.
 *
 * @param steps what happened to each object, in order
 * @param dryRun whether the server only checked, persisting nothing
 */
public record ApplyReport(List<Step> steps, boolean dryRun) {
  /**
   * A report; the list is copied.
   *
   * @param steps what happened to each object, in order
   * @param dryRun whether the server only checked, persisting nothing
   */
  public ApplyReport {
    steps = List.copyOf(steps);
  }

  /** What happened to one object. */
  public enum Action {
    /** Server-side applied. */
    APPLIED,
    /** Deleted: the document no longer has it. */
    PRUNED
  }

  /**
   * One object applied or pruned.
   *
   * @param action what happened
   * @param kind the object's kind
   * @param namespace its namespace; null for cluster-wide objects
   * @param name its name
   */
  public record Step(Action action, String kind, String namespace, String name) {
    @Override
    public String toString() {
      return action.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " "
          + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  /**
   * One line per step, {@code (dry run)} after each when nothing was persisted.
   *
   * @return the text {@code bpctl apply} prints
   */

  public String toText() {
    StringBuilder out = new StringBuilder();
    steps.forEach(s -> out.append(s).append(dryRun ? " (dry run)" : "").append('\n'));
    return out.toString();
  }
}
