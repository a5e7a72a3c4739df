package io.bgpersistence.render;

import io.bgpersistence.model.ExtensionsBuilder;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Renders a document into Kubernetes objects: validate, then resolve once, then one pure function
 * per object. Only a document without errors renders. Immutable and thread-safe.
 *
 * <pre>{@code
 * RenderResult r = Renderer.standard().render(document, RenderOptions.defaults());
 * if (r.ok()) System.out.print(r.objects().toYaml()); else r.report().errors().forEach(...);
 * }</pre>
 */
public final class Renderer {
  private final DocumentValidator validator;
  private final WriterTypeRegistry registry;
  private final List<RenderExtension> extensions;

  private final List<FieldProblem> loadFaults;

  private Renderer(DocumentValidator validator, List<RenderExtension> extensions, List<FieldProblem> loadFaults) {
    this.validator = validator;
    this.registry = validator.registry();
    this.extensions = List.copyOf(extensions);
    this.loadFaults = List.copyOf(loadFaults);
  }

  /**
   * The standard validator (so the built-in writer types) and every extension on the class path.
   *
   * @return the one standard renderer, built on first use
   */
  public static Renderer standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Builds now, instead of on the first rendering, the one Jackson mapper every rendering writes
   * and hashes Kubernetes objects with: its start-up (the JDK's calendar and locale data among it) is
   * a large part of a short-lived process's first rendering. Such a process (a CLI) calls it on
   * another thread once that thread is free. Thread-safe; any later call, and any rendering, finds
   * it done or waits for it.
   */
  public static void prepare() {
    KubernetesText.prepare();
  }

  /** Built once, on first use: the class path does not change while the program runs. */
  private static final class StandardHolder {
    static final Renderer STANDARD = builder().build();
  }

  /**
   * A renderer of one's own: another validator (and so its registry), chosen extensions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The extensions this renderer applies (when they apply to a document), in the order of their ids.
   *
   * @return the extensions
   */
  public List<RenderExtension> extensions() {
    return extensions;
  }

  /**
   * Validates the document, and renders it when it has no errors.
   *
   * @param document the document to validate and render
   * @return the report, and the objects when there were no errors
   */
  public RenderResult render(PersistenceDocument document) {
    return render(document, RenderOptions.defaults());
  }

  /**
   * Validates the document, and renders it with the options when it has no errors.
   *
   * @param document the document to validate and render
   * @param options what the user adds for real clusters
   * @return the report, and the objects when there were no errors
   */
  public RenderResult render(PersistenceDocument document, RenderOptions options) {
    ValidationReport report = validator.validate(document);
    if (!report.ok()) {
      return new RenderResult(report, Optional.empty());
    }
    return renderChecked(report, document, options);
  }

  /**
   * Renders what reading a file gave: reading problems come first (with line and column), and a
   * malformed input is reported, not rendered.
   *
   * @param read what {@code DocumentReader} made of the input
   * @param options what the user adds for real clusters
   * @return the report, and the objects when there were no errors
   */
  public RenderResult render(ReadResult read, RenderOptions options) {
    ValidationReport report = validator.validate(read);
    if (!report.ok() || read.document().isEmpty()) {
      return new RenderResult(report, Optional.empty());
    }
    return renderChecked(report, read.document().get(), options);
  }

  /**
   * A document validation accepted always resolves; if it does not, that is a bug here or in an
   * extension, reported as an error of the result (its message left out, as it may quote a value),
   * never thrown at the caller; so is a fault making any of its objects, each made once here
   * (and again when written: {@link RenderedObjects}).
   */
  private RenderResult renderChecked(ValidationReport report, PersistenceDocument document, RenderOptions options) {
    try {
      return renderValid(report, document, options);
    } catch (RenderFault e) {
      return failed(report, "the document could not be rendered: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return notRendered(report, e);
    }
  }

  private static RenderResult notRendered(ValidationReport report, Throwable fault) {
    return failed(report, "the document is valid but could not be rendered (" + fault.getClass().getName()
        + "); this is a bug in bpctl or a render extension");
  }

  private static RenderResult failed(ValidationReport report, String message) {
    List<FieldProblem> errors = new ArrayList<>(report.errors());
    errors.add(FieldProblem.invalid(FieldPath.ROOT, null, message, "render"));
    return new RenderResult(new ValidationReport(errors, report.warnings()), Optional.empty());
  }

  /**
   * Renders a document validation accepted.
   * An extension's fault or bad output is an error of the result naming it, and nothing renders.
   */
  private RenderResult renderValid(ValidationReport report, PersistenceDocument document, RenderOptions options) {
    ExtensionOutput output = new ExtensionOutput();
    // Each object is made once here and dropped: a fault is this result's error, never a
    // half-written output later, and the objects are still not all held at once. A writer's are
    // made as soon as it is resolved, while it is in the processor's cache; the first fault waits
    // until the extensions' faults, reported first, are known. Once there is a fault of either
    // kind, nothing will be written and nothing more is made.
    List<Throwable> makingFaults = new ArrayList<>(1);
    ResolvedFleet fleet = ResolvedFleet.from(document, registry, extensions, options, output, (frame, w) -> {
      if (makingFaults.isEmpty() && loadFaults.isEmpty() && !output.hasProblems()) {
        try {
          KubernetesObjects.writerMakers(frame, w).forEach(Supplier::get);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
          makingFaults.add(e);
        }
      }
    });
    List<FieldProblem> faults = new ArrayList<>(loadFaults);
    faults.addAll(output.problems());
    if (!faults.isEmpty()) {
      List<FieldProblem> errors = new ArrayList<>(report.errors());
      errors.addAll(faults);
      return new RenderResult(new ValidationReport(errors, report.warnings()), Optional.empty());
    }
    if (!makingFaults.isEmpty()) {
      return notRendered(report, makingFaults.get(0));
    }
    KubernetesObjects.fleetMakers(fleet).forEach(Supplier::get);
    return new RenderResult(report, Optional.of(new RenderedObjects(KubernetesObjects.makers(fleet))));
  }

  /**
   * Chooses the validator (whose registry the renderer uses) and the extensions; by default also
   * uses every extension on the class path. Extensions apply in the order of their ids.
   */
  public static final class Builder extends ExtensionsBuilder<RenderExtension, Builder> {
    private DocumentValidator validator;

    private Builder() {
      super(RenderExtension.class);
    }

    /**
     * The validator (default: the standard one). The renderer renders the writer types this
     * validator's {@linkplain DocumentValidator#registry() registry} knows: there is no other.
     *
     * @param validator the validator run first; its registry gives the writer types rendered; not null
     * @return this builder
     */
    public Builder validator(DocumentValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The renderer. An extension on the class path that cannot be made is not thrown here: every
     * rendering reports it as an error naming it.
     *
     * @return a new, immutable renderer
     */
    public Renderer build() {
      List<FieldProblem> faults = new ArrayList<>();
      List<RenderExtension> chosen = chosen((origin, message) ->
          faults.add(FieldProblem.invalid(FieldPath.ROOT, null, message, origin)));
      // The standard validator is made only when none is given: it loads Hibernate Validator.
      return new Renderer(validator != null ? validator : DocumentValidator.standard(), chosen, faults);
    }
  }
}
