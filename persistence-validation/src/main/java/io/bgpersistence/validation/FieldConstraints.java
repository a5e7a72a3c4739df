package io.bgpersistence.validation;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.metadata.PropertyDescriptor;
import jakarta.validation.valueextraction.Unwrapping;
import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.lang.annotation.Annotation;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.hibernate.validator.PredefinedScopeHibernateValidator;
import org.hibernate.validator.PredefinedScopeHibernateValidatorConfiguration;
import org.hibernate.validator.cfg.ConstraintMapping;
import org.hibernate.validator.cfg.defs.MinDef;
import org.hibernate.validator.cfg.defs.NotBlankDef;
import org.hibernate.validator.cfg.defs.NotEmptyDef;
import org.hibernate.validator.cfg.defs.DecimalMaxDef;
import org.hibernate.validator.cfg.defs.DecimalMinDef;
import org.hibernate.validator.cfg.defs.PatternDef;
import org.hibernate.validator.cfg.defs.SizeDef;
import org.hibernate.validator.messageinterpolation.ParameterMessageInterpolator;

/**
 * Per-field constraints, checked by Hibernate Validator. The constraints are declared here with
 * HV's programmatic mapping, on the {@link ConstrainedValues} copied from the model rather than as
 * annotations on the model: the model stays free of a validation dependency (its users read and
 * write documents without it), and every rule of the document lives in this module. The regexes
 * are {@link Checks}' public constants.
 */
final class FieldConstraints implements DocumentRule {
  static final String ID = "field-constraint";

  /** Constraint → problem type, in one table. */
  private static final Map<Class<? extends Annotation>, ProblemType> TYPES = Map.of(
      NotBlank.class, ProblemType.Required,
      NotNull.class, ProblemType.Required,
      NotEmpty.class, ProblemType.Required,
      Size.class, ProblemType.TooLong,
      Pattern.class, ProblemType.Invalid,
      Min.class, ProblemType.Invalid,
      DecimalMin.class, ProblemType.Invalid,
      DecimalMax.class, ProblemType.Invalid);

  private static final Comparator<FieldProblem> ORDER =
      Comparator.<FieldProblem, FieldPath>comparing(FieldProblem::path, DocumentOrder::compare)
          .thenComparing(FieldProblem::type);

  @Override
  public String id() {
    return ID;
  }

  /** Set once {@link Engine} is initialized. */
  private static volatile boolean ready;

  /** Whether Hibernate Validator is up: asking does not start it, nor wait for another thread's start. */
  static boolean isReady() {
    return ready;
  }

  /** The one validator, built on first use ({@link DocumentValidator#prepare()} starts it early). */
  static Validator validator() {
    return Engine.VALIDATOR;
  }

  /** The constraints on one field of a model type, if it has any. */
  static Optional<PropertyDescriptor> constraintsOf(Class<?> modelType, String accessor) {
    return Optional.ofNullable(ConstrainedValues.OF_MODEL_TYPE.get(modelType))
        .map(values -> Engine.VALIDATOR.getConstraintsForClass(values).getConstraintsForProperty(accessor));
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    Validator validator = Engine.VALIDATOR;
    List<FieldProblem> out = new ArrayList<>();
    // The shared settings are checked even when the object is absent: its required fields are missing.
    for (ConstraintViolation<ConstrainedValues.Common> v :
        validator.validate(new ConstrainedValues.Common(document.specs()))) {
      out.add(problem(v, Paths.COMMON, CommonPersistenceSpecs.class));
    }
    for (ConstraintViolation<ConstrainedValues.Document> v :
        validator.validate(new ConstrainedValues.Document(document))) {
      out.add(problem(v, FieldPath.ROOT, PersistenceDocument.class));
    }
    out.sort(ORDER);  // HV returns a Set: put it in document order, deterministically
    return out;
  }


  private static FieldProblem problem(ConstraintViolation<?> v, FieldPath base, Class<?> root) {
    FieldPath path = pathOf(v.getPropertyPath(), base, root);
    ProblemType type = TYPES.getOrDefault(
        v.getConstraintDescriptor().getAnnotation().annotationType(), ProblemType.Invalid);
    String message = v.getMessage();
    return switch (type) {
      case Required -> FieldProblem.required(path, message, ID);
      case TooLong -> FieldProblem.tooLong(path,
          (Integer) v.getConstraintDescriptor().getAttributes().get("max"), ID);
      default -> FieldProblem.invalid(path, String.valueOf(v.getInvalidValue()), message, ID);
    };
  }

  /**
   * HV's path as a FieldPath in JSON names, walking the model's shape from {@code root}: each
   * property node is named like the model accessor its value came from. Container nodes are skipped.
   */
  private static FieldPath pathOf(Path hvPath, FieldPath base, Class<?> root) {
    FieldPath path = base;
    Optional<ModelShape> shape = Optional.of(ModelShape.of(root));
    for (Path.Node node : hvPath) {
      if (node.isInIterable() && node.getIndex() != null) {
        path = path.index(node.getIndex());
      }
      if (node.getKind() == ElementKind.PROPERTY && node.getName() != null) {
        String name = node.getName();
        Optional<ModelShape.Property> property = shape.flatMap(s -> s.propertyByAccessor(name));
        path = path.child(property.map(ModelShape.Property::jsonName).orElse(name));
        shape = property.flatMap(ModelShape.Property::objectWithin);
      }
    }
    return path;
  }


  /** Bootstrapped once per JVM, on first use: HV's start-up is the largest part of a cold validation. */
  private static final class Engine {
    /**
     * HV announces its version at INFO on stderr (through java.util.logging when no other logging
     * is set up), which would end up in every bpctl run's output. That one logger says nothing
     * else; held here because java.util.logging keeps loggers only weakly. Left alone where HV's
     * logging is routed elsewhere by name (bpctl routes it to SLF4J's no-op logger): starting
     * java.util.logging costs a cold run 20-35 ms.
     */
    private static final Optional<Logger> VERSION_LOG =
        "jdk".equalsIgnoreCase(System.getProperty("org.jboss.logging.provider", "jdk"))
            ? Optional.of(quiet("org.hibernate.validator.internal.util.Version")) : Optional.empty();
    /** The payload that makes a constraint on an Optional apply to its value (empty = null). */
    @SuppressWarnings({"unchecked", "rawtypes"})
    private static final Class<? extends Payload>[] UNWRAP = new Class[] {Unwrapping.Unwrap.class};
    static final Validator VALIDATOR = build();

    static {
      ready = true;
    }

    private static Logger quiet(String name) {
      Logger logger = Logger.getLogger(name);
      if (logger.getLevel() == null) {
        logger.setLevel(Level.WARNING);
      }
      return logger;
    }

    /**
     * HV's predefined scope: the metadata of exactly the classes we validate, and the validators of
     * exactly the constraints we declare, are built once here, instead of HV registering every
     * built-in constraint and discovering classes as they come. No expression language either.
     */
    private static Validator build() {
      Set<String> constraints = new HashSet<>();
      for (Class<? extends Annotation> constraint : TYPES.keySet()) {
        constraints.add(constraint.getName());
      }
      PredefinedScopeHibernateValidatorConfiguration config =
          Validation.byProvider(PredefinedScopeHibernateValidator.class)
              // The provider named, not looked up: a lookup reads every jar's service files.
              .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
              .configure()
              // An application's META-INF/validation.xml configures its own validators, not this
              // one (a mapping file it names would break ours); not looking also skips a lookup.
              .ignoreXmlConfiguration()
              .builtinConstraints(constraints)
              .initializeBeanMetaData(new HashSet<>(ConstrainedValues.OF_MODEL_TYPE.values()))
              .messageInterpolator(new ParameterMessageInterpolator());
      ConstraintMapping mapping = mapping(config.createConstraintMapping());
      // HV's own @Pattern validator keys its cache of compiled regexes by a record, whose first
      // hashCode links the JDK's record machinery: 15-20 ms of a cold run, on its critical path.
      mapping.constraintDefinition(Pattern.class).includeExistingValidators(false).validatedBy(RegexMatch.class);
      config.addMapping(mapping);
      return config.buildValidatorFactory().getValidator();
    }

    private static ConstraintMapping mapping(ConstraintMapping m) {
      m.type(ConstrainedValues.Document.class)
          .field("writers")
              .constraint(new NotEmptyDef().message("at least one writer is required"))
              .containerElementType().valid()
          .field("clusterManagerConfig").containerElementType().valid();
      m.type(ConstrainedValues.Common.class)
          .field("busBackend").constraint(required())
          .field("namespace").constraint(required())
              .constraint(size(Checks.DNS1123_LABEL_MAX))
              .constraint(pattern(Checks.DNS1123_LABEL, Checks.DNS1123_LABEL_MESSAGE))
          .field("serviceAccountName").constraint(required())
              .constraint(size(Checks.DNS1123_SUBDOMAIN_MAX))
              .constraint(pattern(Checks.DNS1123_SUBDOMAIN, Checks.DNS1123_SUBDOMAIN_MESSAGE));
      // The platform's API requires a writer's name and type only; the rest has defaults.
      m.type(ConstrainedValues.Writer.class)
          // A Deployment name (DNS-1123 subdomain) that also fits in a label value (<= 63).
          .field("name").constraint(required())
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.DNS1123_SUBDOMAIN, Checks.DNS1123_SUBDOMAIN_MESSAGE))
          .field("busSubscriberType").constraint(required())
          .field("version")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .field("defaultReplicaCount").constraint(min(0))
          .field("maxBatchSize").constraint(min(1))
          .field("messageProcessingConcurrency").constraint(min(1))
          .field("queryTableWriteDropRatio")
              .constraint(new DecimalMinDef().value("0").message("must be a number from 0 to 1").payload(UNWRAP))
              .constraint(new DecimalMaxDef().value("1").message("must be a number from 0 to 1").payload(UNWRAP))
          .field("nodepool")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .field("instanceType")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .field("hpaSpecs").containerElementType().valid();
      m.type(ConstrainedValues.Hpa.class)
          .field("hpaPubsubSubscriptionId").constraint(required())
          .field("hpaMinReplicas").constraint(min(0))
          .field("hpaMaxReplicas").constraint(min(1))
          .field("hpaTargetAverageValue").constraint(min(1));
      m.type(ConstrainedValues.ClusterManager.class)
          .field("nodePodMetricsIntervalSecs").constraint(min(1));
      return m;
    }

    /** {@code @Pattern} checked with the JDK's regex, compiled once per constraint. */
    public static final class RegexMatch implements ConstraintValidator<Pattern, CharSequence> {
      private java.util.regex.Pattern regex;

      @Override
      public void initialize(Pattern constraint) {
        int flags = 0;
        for (Pattern.Flag flag : constraint.flags()) {
          flags |= flag.getValue();
        }
        regex = java.util.regex.Pattern.compile(constraint.regexp(), flags);
      }

      @Override
      public boolean isValid(CharSequence value, ConstraintValidatorContext context) {
        return value == null || regex.matcher(value).matches();
      }
    }

    // The model's fields are Optional: each constraint applies to the value inside (empty = null).

    private static MinDef min(long value) {
      return new MinDef().value(value).message("must be " + value + " or more").payload(UNWRAP);
    }

    private static NotBlankDef required() {
      return new NotBlankDef().message("is required").payload(UNWRAP);
    }

    private static SizeDef size(int max) {
      return new SizeDef().max(max).payload(UNWRAP);
    }

    /** The message is the checker's own, so HV and {@link Checks} say the same thing. */
    private static PatternDef pattern(String regex, String message) {
      return new PatternDef().regexp(regex).message(message).payload(UNWRAP);
    }
  }
}
