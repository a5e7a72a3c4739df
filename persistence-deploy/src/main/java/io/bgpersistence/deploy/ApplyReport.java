package io.bgpersistence.deploy;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * What an apply did, object by object in order: each object applied, failed (and why) or not
 * tried, then each prune candidate pruned, failed or not tried. A failure never loses what was
 * already done: it is one step of the report, and the objects after it are "not tried".
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

  /** What was to be done to an object. */
  public enum Operation {
    /** Server-side apply. */
    APPLY,
    /** Delete: the document no longer has it. */
    PRUNE
  }

  /** How it went. */
  public enum Outcome {
    /** Done (with a dry run: checked by the server). */
    DONE,
    /** The API server refused it, or could not be reached; the step says why. */
    FAILED,
    /** Not attempted, because something before it failed; the step says what. */
    NOT_TRIED
  }

  /**
   * What happened to one object.
   *
   * @param operation apply or prune
   * @param outcome done, failed or not tried
   * @param kind the object's kind
   * @param namespace its namespace; null for cluster-wide objects
   * @param name its name; null when the step is about finding the prune candidates of a kind
   *     (listing them failed)
   * @param reason why it failed or was not tried; empty when done. Never holds a secret value.
   */
  public record Step(Operation operation, Outcome outcome, String kind, String namespace, String name,
      Optional<String> reason) {
    /**
     * A step; a failed or not-tried step needs its reason.
     *
     * @param kind the object's kind
     * @param name its name; null when the step is about finding a kind's prune candidates
     * @param namespace its namespace; null for cluster-wide objects
     * @param operation apply or prune
     * @param outcome done, failed or not tried
     * @param reason why it failed or was not tried (then required); empty when done; never a secret value
     */
    public Step {
      Objects.requireNonNull(operation, "operation");
      Objects.requireNonNull(outcome, "outcome");
      Objects.requireNonNull(kind, "kind");
      Objects.requireNonNull(reason, "reason");
      if (outcome != Outcome.DONE && reason.isEmpty()) {
        throw new IllegalArgumentException("a " + outcome + " step needs its reason");
      }
    }

    /**
     * One line: {@code applied Deployment ns/name}, {@code FAILED to apply Deployment ns/name: why},
     * {@code not applied Deployment ns/name: why}; the same with prune.
     */
    @Override
    public String toString() {
      String verb = operation.name().toLowerCase(Locale.ROOT);
      String object = name == null
          ? "the " + kind + " objects" + (namespace == null ? "" : " in " + namespace)
          : kind + " " + (namespace == null ? "" : namespace + "/") + name;
      return switch (outcome) {
        case DONE -> (operation == Operation.APPLY ? "applied " : "pruned ") + object;
        case FAILED -> "FAILED to " + verb + " " + object + ": " + reason.orElseThrow();
        case NOT_TRIED -> "not " + (operation == Operation.APPLY ? "applied " : "pruned ") + object
            + ": " + reason.orElseThrow();
      };
    }
  }

  /**
   * Whether every step was done: nothing failed, so nothing was left untried.
   *
   * @return true when the whole apply (and prune, when asked) succeeded
   */
  public boolean ok() {
    return steps.stream().allMatch(s -> s.outcome() == Outcome.DONE);
  }

  /**
   * The steps with this outcome, in order.
   *
   * @param outcome done, failed or not tried
   * @return those steps
   */
  public List<Step> steps(Outcome outcome) {
    return steps.stream().filter(s -> s.outcome() == outcome).toList();
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
