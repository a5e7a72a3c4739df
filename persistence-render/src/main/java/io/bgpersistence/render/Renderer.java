package io.bgpersistence.render;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.ServiceLoader;

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

  private Renderer(DocumentValidator validator, WriterTypeRegistry registry, List<RenderExtension> extensions) {
    this.validator = validator;
    this.registry = registry;
    this.extensions = extensions.stream().sorted(Comparator.comparing(RenderExtension::id)).toList();
  }

  /**
   * The standard validator, the built-in writer types and every extension on the class path.
   *
   * @return the one standard renderer, built on first use
   */
  public static Renderer standard() {
    return StandardHolder.STANDARD;
  }

  /** Built once, on first use: the class path does not change while the program runs. */
  private static final class StandardHolder {
    static final Renderer STANDARD = builder().build();
  }

  /**
   * A renderer of one's own: another validator or registry, chosen extensions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The extensions this renderer applies (when they apply to a document), in order.
   *
   * @return the extensions
   */
  public List<RenderExtension> extensions() {
    return extensions;
  }

  /**
   * Validates the document, and renders it when it has no errors.
   *
   * @param document the document
   * @return the report, and the objects when there were no errors
   */
  public RenderResult render(PersistenceDocument document) {
    return render(document, RenderOptions.defaults());
  }

  /**
   * Validates the document, and renders it with the options when it has no errors.
   *
   * @param document the document
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
   * A document validation accepted always renders; if it does not, that is a bug here or in an
   * extension, reported as an error of the result (its message left out, as it may quote a value),
   * never thrown at the caller.
   */
  private RenderResult renderChecked(ValidationReport report, PersistenceDocument document, RenderOptions options) {
    try {
      return new RenderResult(report, Optional.of(renderValid(document, options)));
    } catch (RenderFault e) {
      return failed(report, "the document could not be rendered: " + e.getMessage());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return failed(report, "the document is valid but could not be rendered (" + e.getClass().getName()
          + "); this is a bug in bpctl or a render extension");
    }
  }

  private static RenderResult failed(ValidationReport report, String message) {
    List<FieldProblem> errors = new ArrayList<>(report.errors());
    errors.add(FieldProblem.invalid(FieldPath.ROOT, null, message, "render"));
    return new RenderResult(new ValidationReport(errors, report.warnings()), Optional.empty());
  }

  /** Renders a document validation accepted (package-private: callers go through {@link #render}). */
  RenderedObjects renderValid(PersistenceDocument document, RenderOptions options) {
    ResolvedFleet fleet = ResolvedFleet.from(document, registry, extensions, options);
    return new RenderedObjects(KubernetesObjects.of(fleet));
  }

  /** Chooses the validator, the registry and the extensions. */
  public static final class Builder {
    private DocumentValidator validator;
    private WriterTypeRegistry registry = WriterTypeRegistry.builtIn();
    private final Map<String, RenderExtension> added = new LinkedHashMap<>();
    private boolean serviceLoader = true;

    private Builder() {}

    /**
     * The validator (default: the standard validator, with this builder's registry).
     *
     * @param validator the validator
     * @return this builder
     */
    public Builder validator(DocumentValidator validator) {
      this.validator = Objects.requireNonNull(validator, "validator");
      return this;
    }

    /**
     * The writer types (default: the built-in ones).
     *
     * @param registry the registry
     * @return this builder
     */
    public Builder registry(WriterTypeRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * Adds an extension; one of the same id found on the class path is replaced by it.
     *
     * @param extension the extension
     * @return this builder
     */
    public Builder addExtension(RenderExtension extension) {
      added.put(extension.id(), Objects.requireNonNull(extension, "extension"));
      return this;
    }

    /**
     * Only the extensions added by hand: no class-path discovery.
     *
     * @return this builder
     */
    public Builder withoutServiceLoader() {
      this.serviceLoader = false;
      return this;
    }

    /**
     * The renderer.
     *
     * @return a new, immutable renderer
     */
    public Renderer build() {

      Map<String, RenderExtension> all = new LinkedHashMap<>();
      if (serviceLoader) {
        ServiceLoader.load(RenderExtension.class).forEach(e -> all.putIfAbsent(e.id(), e));
      }
      all.putAll(added);
      DocumentValidator v = validator != null ? validator
          : registry == WriterTypeRegistry.builtIn() ? DocumentValidator.standard()
          : DocumentValidator.builder().registry(registry).build();
      return new Renderer(v, registry, new ArrayList<>(all.values()));
    }
  }
}
