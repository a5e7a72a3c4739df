package io.bgpersistence.render;

import io.bgpersistence.model.ExtensionsBuilder;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.Checks;
import io.fabric8.kubernetes.api.model.EnvVar;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The render extensions' side of one rendering. Each call is guarded: anything an extension throws
 * (an {@link Error} too) becomes an error whose origin is its id. What it returns is checked by the
 * rules the core's own values pass (validation's {@link Checks}): ConfigMap keys and environment
 * names are valid names that no one else set, annotation and label keys are qualified names, objects
 * have a kind and a valid name. Anything else is an error naming the extension, and is left out.
 * Messages quote keys and names, never values.
 */
final class ExtensionOutput {
  private final List<FieldProblem> problems = new ArrayList<>();

  /** Every fault and bad output so far, in the order found. */
  List<FieldProblem> problems() {
    return List.copyOf(problems);
  }

  /** Whether there is any fault or bad output so far. */
  boolean hasProblems() {
    return !problems.isEmpty();
  }

  /** Whether an extension applies; one that cannot say is reported and left out. */
  boolean appliesTo(RenderExtension e, PersistenceDocument document) {
    return Boolean.TRUE.equals(call(e, () -> e.appliesTo(document), false));
  }

  /** Entries for a map of environment names (the shared ConfigMap), after those already there. */
  void putSettings(RenderExtension e, Supplier<Map<String, String>> call, Map<String, String> into) {
    putAll(e, call, into, Checks::envVarName, "shared setting");
  }

  /** Annotations for an object, after those already there. */
  void putAnnotations(RenderExtension e, Supplier<Map<String, String>> call, Map<String, String> into) {
    putAll(e, call, into, Checks::labelKey, "annotation");
  }

  /** A writer's environment variables, after those already there. */
  void addEnvironment(RenderExtension e, Supplier<List<EnvVar>> call, List<EnvVar> into, String writer) {
    for (EnvVar v : orEmpty(e, call)) {
      if (v == null || v.getName() == null) {
        report(e, "sets an environment variable without a name on writer " + writer);
      } else if (!Checks.envVarName(v.getName()).isEmpty()) {
        report(e, "sets environment variable \"" + v.getName() + "\" on writer " + writer + ": "
            + Checks.envVarName(v.getName()).get(0));
      } else if (into.stream().anyMatch(x -> x.getName().equals(v.getName()))) {
        report(e, "sets " + v.getName() + " on writer " + writer + ", which is already set");
      } else {
        into.add(v);
      }
    }
  }

  /** Objects an extension adds, each with a kind, an API version and valid metadata. */
  void addObjects(RenderExtension e, Supplier<List<HasMetadata>> call, List<HasMetadata> into) {
    for (HasMetadata o : orEmpty(e, call)) {
      List<String> wrong = o == null ? List.of("adds a null object") : objectProblems(o);
      wrong.forEach(m -> report(e, m));
      if (wrong.isEmpty()) {
        into.add(o);
      }
    }
  }

  private static List<String> objectProblems(HasMetadata o) {
    List<String> out = new ArrayList<>();
    String kind = o.getKind();
    if (kind == null || kind.isBlank() || o.getApiVersion() == null || o.getApiVersion().isBlank()) {
      out.add("adds an object without a kind or an apiVersion");
      kind = "object";
    }
    ObjectMeta meta = o.getMetadata();
    if (meta == null || meta.getName() == null || meta.getName().isEmpty()) {
      out.add("adds a " + kind + " without a name");
      return out;
    }
    String what = kind + " " + meta.getName();
    Checks.dns1123Subdomain(meta.getName()).forEach(m -> out.add("adds " + what + ", whose name " + m));
    keys(meta.getLabels()).forEach(k -> Checks.labelKey(k).forEach(m ->
        out.add("adds " + what + " with label \"" + k + "\": " + m)));
    if (meta.getLabels() != null) {
      meta.getLabels().forEach((k, v) -> {
        if (v == null || !Checks.labelValue(v).isEmpty()) {
          out.add("adds " + what + " whose label " + k + " has an invalid value");
        }
      });
    }
    keys(meta.getAnnotations()).forEach(k -> Checks.labelKey(k).forEach(m ->
        out.add("adds " + what + " with annotation \"" + k + "\": " + m)));
    return out;
  }

  private static List<String> keys(Map<String, String> m) {
    return m == null ? List.of() : m.keySet().stream().map(k -> Objects.requireNonNullElse(k, "")).toList();
  }

  /** Adds entries sorted by key ({@code Map.of}'s order changes from run to run), each checked. */
  private void putAll(RenderExtension e, Supplier<Map<String, String>> call, Map<String, String> into,
      Function<String, List<String>> keyRule, String what) {
    Map<String, String> add = call(e, () -> sorted(call.get()), Map.of());
    add.forEach((k, v) -> {
      List<String> wrong = keyRule.apply(k);
      if (!wrong.isEmpty()) {
        report(e, "sets " + what + " \"" + k + "\": " + wrong.get(0));
      } else if (v == null) {
        report(e, "sets " + what + " " + k + " without a value");
      } else if (into.putIfAbsent(k, v) != null) {
        report(e, "sets " + what + " " + k + ", which is already set");
      }
    });
  }

  private static Map<String, String> sorted(Map<String, String> m) {
    Map<String, String> out = new TreeMap<>();
    // A null key sorts first, as "", and is then refused by the key rule.
    Objects.requireNonNullElse(m, Map.<String, String>of())
        .forEach((k, v) -> out.put(Objects.requireNonNullElse(k, ""), v));
    return out;
  }

  private <T> List<T> orEmpty(RenderExtension e, Supplier<List<T>> call) {
    return call(e, () -> new ArrayList<>(Objects.requireNonNullElse(call.get(), List.of())), List.of());
  }

  private <T> T call(RenderExtension e, Supplier<T> call, T fallback) {
    try {
      return call.get();
    } catch (Throwable t) {
      problems.add(problem(e, ExtensionsBuilder.fault(e.id(), t)));
      return fallback;
    }
  }

  private void report(RenderExtension e, String message) {
    problems.add(problem(e, "render extension \"" + e.id() + "\" " + message));
  }

  private static FieldProblem problem(RenderExtension e, String message) {
    return FieldProblem.invalid(FieldPath.ROOT, null, message, e.id());
  }
}
