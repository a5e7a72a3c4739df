package io.bgpersistence.validation;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.HpaSpecs;
import io.bgpersistence.model.ClusterManagerConfig;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.WriterSpec;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ElementKind;
import jakarta.validation.Path;
import jakarta.validation.Payload;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
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
import org.hibernate.validator.metadata.BeanMetaDataClassNormalizer;
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
 * HV's programmatic mapping rather than as annotations on the model: the model stays free of a
 * validation dependency (its users read and write documents without it), and every rule of the
 * document lives in this module. The regexes are {@link Checks}' public constants.
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

  /** The one validator, for readers of its constraint metadata (the JSON Schema). */
  static Validator validator() {
    return Engine.VALIDATOR;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    Validator validator = Engine.VALIDATOR;
    List<FieldProblem> out = new ArrayList<>();
    // The shared settings are checked even when the object is absent: its required fields are missing.
    for (ConstraintViolation<CommonPersistenceSpecs> v : validator.validate(document.specs())) {
      out.add(problem(v, Paths.COMMON, CommonPersistenceSpecs.class));
    }
    for (ConstraintViolation<PersistenceDocument> v : validator.validate(document)) {
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
   * HV's path as a FieldPath in JSON names, walking the model's shape from {@code root}. Each
   * property node is looked up by JSON name or by Java accessor, so the path is the same whether the
   * HV version applied our node name provider (HV 9) or not (HV 8 ignores it for constraints
   * declared programmatically). Container nodes are skipped.
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
        Optional<ModelShape.Property> property = shape.flatMap(s -> s.property(name).or(() -> s.propertyByAccessor(name)));
        path = path.child(property.map(ModelShape.Property::jsonName).orElse(name));
        shape = property.flatMap(ModelShape.Property::objectWithin);
      }
    }
    return path;
  }


  /** Bootstrapped once per JVM, on first use: HV's start-up costs hundreds of milliseconds. */
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
    /** The model types the mapping constrains. */
    private static final Set<Class<?>> MODEL_TYPES = Set.of(PersistenceDocument.class,
        CommonPersistenceSpecs.class, WriterSpec.class, HpaSpecs.class, ClusterManagerConfig.class);

    static final Validator VALIDATOR = build();

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
      Validator lean = build(true);
      // HV 9 validates a generated class as the model interface it is normalized to; HV 8 (Spring
      // Boot 3's) builds no metadata for an interface and would check nothing at all. One probe
      // tells them apart: where it finds nothing, the generated classes are read in full. The probe
      // reads the metadata rather than validating a bad value: a valid document's run never makes
      // a violation, and making one here would link all that code on the start-up's critical path.
      boolean checks = !lean.getConstraintsForClass(WriterSpec.class).getConstrainedProperties().isEmpty();
      return checks ? lean : build(false);
    }

    private static Validator build(boolean asModelTypes) {
      JsonNamedAccessors accessors = new JsonNamedAccessors();
      Set<String> constraints = new HashSet<>();
      TYPES.keySet().forEach(c -> constraints.add(c.getName()));
      PredefinedScopeHibernateValidatorConfiguration config =
          Validation.byProvider(PredefinedScopeHibernateValidator.class)
              // The provider named, not looked up: a lookup reads every jar's service files.
              .providerResolver(() -> List.of(new PredefinedScopeHibernateValidator()))
              .configure()
              // An application's META-INF/validation.xml configures its own validators, not this
              // one (a mapping file it names would break ours); not looking also skips a lookup.
              .ignoreXmlConfiguration()
              .builtinConstraints(constraints)
              .initializeBeanMetaData(asModelTypes ? MODEL_TYPES : withGeneratedClasses())
              .messageInterpolator(new ParameterMessageInterpolator())
              .getterPropertySelectionStrategy(accessors)
              .propertyNodeNameProvider(accessors);
      if (asModelTypes) {
        // A generated class is validated as the model type it implements: HV reads the model
        // type's few accessors, not the generated class's hundred and more methods.
        config.beanMetaDataClassNormalizer(new AsModelType());
      }
      ConstraintMapping mapping = mapping(config.createConstraintMapping());
      // HV's own @Pattern validator keys its cache of compiled regexes by a record, whose first
      // hashCode links the JDK's record machinery: 15-20 ms of a cold run, on its critical path.
      mapping.constraintDefinition(Pattern.class).includeExistingValidators(false).validatedBy(RegexMatch.class);
      config.addMapping(mapping);
      return config.buildValidatorFactory().getValidator();
    }

    /** The model types and the classes their values have at run time. */
    private static Set<Class<?>> withGeneratedClasses() {
      Set<Class<?>> classes = new HashSet<>(MODEL_TYPES);
      classes.addAll(Set.of(PersistenceDocument.builder().build().getClass(),
          CommonPersistenceSpecs.EMPTY.getClass(), WriterSpec.builder().build().getClass(),
          HpaSpecs.builder().build().getClass(), ClusterManagerConfig.builder().build().getClass()));
      return classes;
    }

    private static ConstraintMapping mapping(ConstraintMapping m) {
      m.type(PersistenceDocument.class)
          .getter("writers")
              .constraint(new NotEmptyDef().message("at least one writer is required"))
              .containerElementType().valid()
          .getter("clusterManagerConfig").containerElementType().valid();
      m.type(CommonPersistenceSpecs.class)
          .getter("busBackend").constraint(required())
          .getter("namespace").constraint(required())
              .constraint(size(Checks.DNS1123_LABEL_MAX))
              .constraint(pattern(Checks.DNS1123_LABEL, Checks.DNS1123_LABEL_MESSAGE))
          .getter("serviceAccountName").constraint(required())
              .constraint(size(Checks.DNS1123_SUBDOMAIN_MAX))
              .constraint(pattern(Checks.DNS1123_SUBDOMAIN, Checks.DNS1123_SUBDOMAIN_MESSAGE));
      // The platform's API requires a writer's name and type only; the rest has defaults.
      m.type(WriterSpec.class)
          // A Deployment name (DNS-1123 subdomain) that also fits in a label value (<= 63).
          .getter("name").constraint(required())
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.DNS1123_SUBDOMAIN, Checks.DNS1123_SUBDOMAIN_MESSAGE))
          .getter("busSubscriberType").constraint(required())
          .getter("version")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .getter("defaultReplicaCount").constraint(min(0))
          .getter("maxBatchSize").constraint(min(1))
          .getter("messageProcessingConcurrency").constraint(min(1))
          .getter("queryTableWriteDropRatio")
              .constraint(new DecimalMinDef().value("0").message("must be a number from 0 to 1").payload(UNWRAP))
              .constraint(new DecimalMaxDef().value("1").message("must be a number from 0 to 1").payload(UNWRAP))
          .getter("nodepool")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .getter("instanceType")
              .constraint(size(Checks.LABEL_VALUE_MAX))
              .constraint(pattern(Checks.LABEL_VALUE, Checks.LABEL_VALUE_MESSAGE))
          .getter("hpaSpecs").containerElementType().valid();
      m.type(HpaSpecs.class)
          .getter("hpaPubsubSubscriptionId").constraint(required())
          .getter("hpaMinReplicas").constraint(min(0))
          .getter("hpaMaxReplicas").constraint(min(1))
          .getter("hpaTargetAverageValue").constraint(min(1));
      m.type(ClusterManagerConfig.class)
          .getter("nodePodMetricsIntervalSecs").constraint(min(1));
      return m;
    }

    /** A value's class as the model type it implements; other classes as they are. */
    private static final class AsModelType implements BeanMetaDataClassNormalizer {
      private static final ClassValue<Class<?>> MODEL_TYPE = new ClassValue<>() {
        @Override
        protected Class<?> computeValue(Class<?> type) {
          return ModelShape.modelTypeOf(type).orElse(type);
        }
      };

      @Override
      @SuppressWarnings("unchecked")  // the model type is a supertype of the class by construction
      public <T> Class<? super T> normalize(Class<T> beanClass) {
        return (Class<? super T>) MODEL_TYPE.get(beanClass);
      }
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
