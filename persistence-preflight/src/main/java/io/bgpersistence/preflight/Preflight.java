package io.bgpersistence.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Runs every applicable {@link PreflightExtension} and collects their results in a fixed order. */
public final class Preflight {
  private final List<PreflightExtension> extensions;

  /**
   * A preflight of chosen extensions, run in the order of their ids.
   *
   * @param extensions the extensions
   */
  public Preflight(List<PreflightExtension> extensions) {
    this.extensions = extensions.stream().sorted(Comparator.comparing(PreflightExtension::id)).toList();
  }

  /**
   * The extensions on the class path.
   *
   * @return a preflight of every {@link PreflightExtension} found by {@link ServiceLoader}
   */
  public static Preflight standard() {
    List<PreflightExtension> found = new ArrayList<>();
    ServiceLoader.load(PreflightExtension.class).forEach(found::add);
    return new Preflight(found);
  }

  /**
   * The extensions, in the order they run.
   *
   * @return the extensions
   */
  public List<PreflightExtension> extensions() {
    return extensions;
  }

  /**
   * Runs every extension that applies to the document. A check that throws is a {@code FAIL} of
   * that extension; the others still answer.
   *
   * @param context the document and what the user gave besides it
   * @return the results, extension by extension
   */
  public List<CheckResult> run(PreflightContext context) {
    List<CheckResult> results = new ArrayList<>();
    for (PreflightExtension extension : extensions) {
      if (!extension.appliesTo(context.document())) {
        continue;
      }
      try {
        results.addAll(extension.run(context));
      } catch (RuntimeException e) {
        // One broken check must not hide the others' answers.
        results.add(CheckResult.fail(extension.id(), "the check itself failed: " + e.getMessage()));
      }
    }
    return List.copyOf(results);
  }

  /**
   * Whether preflight passed: no check failed ({@code SKIP} is not a failure, nor a pass).
   *
   * @param results the results of a run
   * @return whether none is {@code FAIL}
   */
  public static boolean passed(List<CheckResult> results) {

    return results.stream().noneMatch(r -> r.status() == CheckStatus.FAIL);
  }
}
