package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.ExtensionsBuilder;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.ReadablePart;
import io.bgpersistence.model.WriterTypeRegistry;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Checks a document against every rule and reports every problem at once: Hibernate Validator's
 * per-field constraints ({@link FieldConstraints}), then the built-in cross-field rules, then the
 * rules of each {@link ValidationExtension} that applies to the document, in the order of their
 * ids. Immutable and thread-safe; build one and reuse it.
 */
public final class DocumentValidator {
  private final ValidationContext context;
  private final List<DocumentRule> rules;
  /** The built-in rules that pass over the writers, in one pass together: {@link WriterPassRule#checkTogether}. */
  private final List<WriterPassRule<?>> writerPass;

  private DocumentValidator(ValidationContext context, List<DocumentRule> rules) {
    this.context = context;
    this.rules = List.copyOf(rules);
    this.writerPass = this.rules.stream()
        .filter(WriterPassRule.class::isInstance).<WriterPassRule<?>>map(WriterPassRule.class::cast).toList();
  }

  /**
   * The built-in rules and every {@link ValidationExtension} on the class path.
   *
   * @return the one standard validator, built on first use
   */
  public static DocumentValidator standard() {
    return StandardHolder.STANDARD;
  }

  /**
   * Bootstraps Hibernate Validator, which checks the per-field constraints of every validator, now
   * instead of on the first validation: its start-up is most of a short-lived process's first
   * validation. Such a process (a CLI) calls it on another thread while it reads its input.
   * Thread-safe; any later call, and any validation, finds it done or waits for it.
   */
  public static void prepare() {
    FieldConstraints.validator();
  }

  /**
   * A validator of one's own: another registry, more rules, chosen extensions.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * The writer types this validator accepts: the one registry of everything built with it (a
   * {@code Renderer} renders, and preflight checks, the types its validator knows).
   *
   * @return the registry
   */
  public WriterTypeRegistry registry() {
    return context.registry();
  }

  /**
   * The rules this validator runs, in the order their problems are gathered (per-field constraints
   * first; while Hibernate Validator still starts on another thread, they run after the others).
   *
   * @return the rules
   */
  public List<DocumentRule> rules() {
    return rules;
  }

  /**
   * Every problem of a document built in code (unknown fields are reported here too).
   *
   * @param document a document built in code; not null
   * @return the report
   */
  public ValidationReport validate(PersistenceDocument document) {
    Objects.requireNonNull(document, "document");
    List<FieldProblem> found = new ArrayList<>(UnknownFieldsRule.INSTANCE.check(document, context));
    found.addAll(check(document));
    return report(found);
  }

  /**
   * Reading's problems and the rules', merged in document order (reading's first where both speak
   * of one field), each at the input's line and column. Where reading could not take some values,
   * the rules check the rest ({@link ReadablePart}) and their errors are reported beside reading's;
   * input that is not a JSON object gives only reading's problems. Unknown fields were already
   * reported by reading, with line and column, so not again here.
   *
   * @param read what {@code DocumentReader} made of the input
   * @return the report
   */
  public ValidationReport validate(ReadResult read) {
    List<FieldProblem> found = new ArrayList<>(read.problems());
    // The rules speak in the model's names; each problem is placed where the input has it.
    if (read.ok()) {
      check(read.document().orElseThrow()).forEach(p -> found.add(read.places().place(p)));
    } else if (read.readablePart().isPresent()) {
      ReadablePart part = read.readablePart().get();
      List<FieldProblem> placed = check(part.document()).stream().map(read.places()::place).toList();
      found.addAll(Precedence.besideUnreadable(placed, part.leftOut()));
    }
    return report(found);
  }

  /**
   * Every rule's problems, in the rules' order. The rules that pass over the writers take them
   * together, in one pass ({@link WriterPassRule#checkTogether}), the others one after another.
   * The per-field constraints need Hibernate Validator, which a short-lived process bootstraps on
   * another thread while it reads its input ({@link #prepare()}): until it is up, the other rules
   * run first, instead of waiting.
   */
  private List<FieldProblem> check(PersistenceDocument document) {
    Map<DocumentRule, List<FieldProblem>> byRule = new IdentityHashMap<>(rules.size());
    List<List<FieldProblem>> together = WriterPassRule.checkTogether(writerPass, document, context, DocumentValidator::broken);
    for (int i = 0; i < writerPass.size(); i++) {
      byRule.put(writerPass.get(i), together.get(i));
    }
    boolean fieldsLast = !FieldConstraints.isReady();
    for (DocumentRule rule : rules) {
      if (!byRule.containsKey(rule) && !(fieldsLast && rule instanceof FieldConstraints)) {
        byRule.put(rule, safely(rule, document));
      }
    }
    List<FieldProblem> found = new ArrayList<>();
    for (DocumentRule rule : rules) {
      List<FieldProblem> problems = byRule.get(rule);
      found.addAll(problems != null ? problems : safely(rule, document));
    }
    return Precedence.apply(found);
  }

  /**
   * A rule that throws is a bug in that rule; the user still gets every other problem, and the
   * document is not called valid when a rule could not check it.
   */
  private List<FieldProblem> safely(DocumentRule rule, PersistenceDocument document) {
    try {
      return Objects.requireNonNullElse(rule.check(document, context), List.of());
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      return broken(rule, e);
    }
  }

  private static List<FieldProblem> broken(DocumentRule rule, Throwable e) {
    // The exception's message is left out: it may quote a value, and values may be secret.
    // Errors too: a rule that overflows its stack on one value must not take the command down.
    return List.of(FieldProblem.invalid(FieldPath.ROOT, null, "rule \"" + rule.id() + "\" could not check "
        + "the document (" + e.getClass().getName() + "); this is a bug in that rule", rule.id()));
  }

  private static ValidationReport report(List<FieldProblem> found) {
    List<FieldProblem> sorted = DocumentOrder.sort(found);
    return new ValidationReport(
        sorted.stream().filter(FieldProblem::isError).toList(),
        sorted.stream().filter(p -> !p.isError()).toList());
  }

  private static final class StandardHolder {
    static final DocumentValidator STANDARD = builder().build();
  }

  /**
   * Chooses the registry, adds rules and extensions; by default also uses every extension on the
   * class path. Extensions run in the order of their ids, whichever way they came.
   */
  public static final class Builder extends ExtensionsBuilder<ValidationExtension, Builder> {
    private WriterTypeRegistry registry = WriterTypeRegistry.builtIn();
    private final List<DocumentRule> extra = new ArrayList<>();

    private Builder() {
      super(ValidationExtension.class);
    }

    /**
     * The writer types documents may use (default: the built-in ones). A renderer or preflight
     * built with this validator uses the same registry.
     *
     * @param registry the writer types documents may use; not null
     * @return this builder
     */
    public Builder registry(WriterTypeRegistry registry) {
      this.registry = Objects.requireNonNull(registry, "registry");
      return this;
    }

    /**
     * A rule of one's own, run after the built-in and extension rules.
     *
     * @param rule the rule to run; not null
     * @return this builder
     */
    public Builder addRule(DocumentRule rule) {
      extra.add(Objects.requireNonNull(rule, "rule"));
      return this;
    }

    /**
     * The validator. An extension that cannot be made or cannot give its rules is not thrown here:
     * every validation reports it as an error whose origin names it.
     *
     * @return a new, immutable validator
     */
    public DocumentValidator build() {
      List<DocumentRule> faults = new ArrayList<>();
      List<ValidationExtension> chosen = chosen((origin, message) ->
          faults.add(ExtensionRule.broken(origin, message)));
      Set<BusBackend> backends = EnumSet.noneOf(BusBackend.class);
      List<DocumentRule> fromExtensions = new ArrayList<>();
      for (ValidationExtension e : chosen) {
        try {
          for (BusBackend b : BusBackend.values()) {
            if (e.coversBackend(b)) {
              backends.add(b);
            }
          }
          for (DocumentRule rule : List.copyOf(e.rules())) {
            fromExtensions.add(new ExtensionRule(e, rule));
          }
        } catch (Throwable t) {
          fromExtensions.add(ExtensionRule.broken(e.id(), ExtensionsBuilder.fault(e.id(), t)));
        }
      }
      List<DocumentRule> rules = new ArrayList<>(BuiltInRules.all());
      rules.add(new BackendOnClassPathRule(backends));
      rules.addAll(faults);
      rules.addAll(fromExtensions);
      rules.addAll(extra);
      return new DocumentValidator(new ValidationContext(registry), rules);
    }
  }
}
