package io.bgpersistence.preflight;

import io.bgpersistence.model.ExtensionsBuilder;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.validation.DocumentValidator;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Runs every applicable {@link PreflightExtension} and collects their results in the order of the
 * extensions' ids. The writer types checked are those of the validator it is built with.
 *
 * <pre>{@code
 * Preflight p = Preflight.builder().validator(validator).withoutExtension("kubernetes").build();
 * List<CheckResult> results = p.run(PreflightContext.of(document, Duration.ofSeconds(10)));
 * }</pre>
 */
public final class Preflight {
  private final WriterTypeRegistry registry;
  private final List<PreflightExtension> extensions;
  private final List<CheckResult> loadFaults;

  private Preflight(WriterTypeRegistry registry, List<PreflightExtension> extensions, List<CheckResult> loadFaults) {
    this.registry = registry;
    this.extensions = List.copyOf(extensions);
    this.loadFaults = List.copyOf(loadFaults);
  }

  /**
   * The standard validator's writer types and every extension on the class path.
   *
   * @return a new preflight
   */
  public static Preflight standard() {
    return builder().build();
  }

  /**
   * A preflight of one's own: another validator (and so its writer types), chosen extensions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The extensions, in the order they run (of their ids).
   *
   * @return the extensions
   */
  public List<PreflightExtension> extensions() {
    return extensions;
  }

  /**
   * Runs every extension that applies to the document. Anything an extension throws (an
   * {@link Error} too) is a {@code FAIL} named after it; the others still answer.
   *
   * @param context the document and what the user gave besides it
   * @return the results, extension by extension
   */
  public List<CheckResult> run(PreflightContext context) {
    List<CheckResult> results = new ArrayList<>(loadFaults);
    PreflightContext withTypes = context.withRegistry(registry);
    for (PreflightExtension extension : extensions) {
      try {
        if (extension.appliesTo(context.document())) {
          results.addAll(List.copyOf(extension.run(withTypes)));
        }
      } catch (Throwable e) {
        // One broken check must not hide the others' answers.
        results.add(CheckResult.fail(extension.id(), ExtensionsBuilder.fault(extension.id(), e)));
      }
    }
    return List.copyOf(results);
  }

  /**
   * Whether preflight passed: no check failed ({@code SKIP} is not a failure, nor a pass). The same
   * word as every result of the SDK.
   *
   * @param results the results of a run
   * @return whether none is {@code FAIL}
   */
  public static boolean ok(List<CheckResult> results) {

    return results.stream().noneMatch(r -> r.status() == CheckStatus.FAIL);
  }

  /**
   * Chooses the validator (whose writer types the checks use) and the extensions; by default also
   * uses every extension on the class path. Extensions run in the order of their ids.
   */
  public static final class Builder extends ExtensionsBuilder<PreflightExtension, Builder> {
    private DocumentValidator validator;

    private Builder() {
      super(PreflightExtension.class);
    }

    /**
     * The validator that accepted the documents (default: the standard one): preflight checks the
     * buses of the writer types its {@linkplain DocumentValidator#registry() registry} knows.
     *
     * @param validator the validator whose registry says which writer types' buses are checked; not null
     * @return this builder
     */
    public Builder validator(DocumentValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The preflight. An extension on the class path that cannot be made is not thrown here: every
     * run reports it as a {@code FAIL} naming it.
     *
     * @return a new preflight
     */
    public Preflight build() {
      List<CheckResult> faults = new ArrayList<>();
      List<PreflightExtension> chosen = chosen((origin, message) ->
          faults.add(CheckResult.fail(origin, message)));
      // The standard validator is made only when none is given: it loads Hibernate Validator.
      WriterTypeRegistry registry = (validator != null ? validator : DocumentValidator.standard()).registry();
      return new Preflight(registry, chosen, faults);
    }
  }
}
