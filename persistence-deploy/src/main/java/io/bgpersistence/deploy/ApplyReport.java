package io.bgpersistence.deploy;

import java.util.List;

/** What an apply did, in order: one line per object applied or pruned. */
public record ApplyReport(List<Step> steps, boolean dryRun) {
  public ApplyReport {
    steps = List.copyOf(steps);
  }

  /** What happened to one object. */
  public enum Action { APPLIED, PRUNED }

  public record Step(Action action, String kind, String namespace, String name) {
    @Override
    public String toString() {
      return action.name().toLowerCase(java.util.Locale.ROOT) + " " + kind + " "
          + (namespace == null ? "" : namespace + "/") + name;
    }
  }

  /** One line per step, {@code (dry run)} after each when nothing was persisted. */
  public String toText() {
    StringBuilder out = new StringBuilder();
    steps.forEach(s -> out.append(s).append(dryRun ? " (dry run)" : "").append('\n'));
    return out.toString();
  }
}
