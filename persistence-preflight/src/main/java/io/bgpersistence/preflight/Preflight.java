package io.bgpersistence.preflight;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.ServiceLoader;

/** Runs every applicable {@link PreflightExtension} and collects their results in a fixed order. */
public final class Preflight {
  private final List<PreflightExtension> extensions;

  public Preflight(List<PreflightExtension> extensions) {
    this.extensions = extensions.stream().sorted(Comparator.comparing(PreflightExtension::id)).toList();
  }

  /** The extensions on the classpath. */
  public static Preflight standard() {
    List<PreflightExtension> found = new ArrayList<>();
    ServiceLoader.load(PreflightExtension.class).forEach(found::add);
    return new Preflight(found);
  }

  public List<PreflightExtension> extensions() {
    return extensions;
  }

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

  public static boolean passed(List<CheckResult> results) {
    return results.stream().noneMatch(r -> r.status() == CheckStatus.FAIL);
  }
}
