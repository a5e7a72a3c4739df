package io.bgpersistence.model;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.PropertyName;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The one description of the document's shape: for each object type of the model, its JSON
 * properties in canonical order, their JSON types, aliases and descriptions. Made from Jackson's
 * own introspection of the model (the same view Jackson binds with), once when the model is built
 * (stored beside its classes, see {@code ModelShapeFile}; a type changed since is introspected
 * again on first use), and read by the reader's type check and binding, document order, the
 * schema, the validator's field names and the unknown-field rule, so none of them re-derives the
 * model.
 */
public final class ModelShape {
  /** The JSON type of a value. */
  public enum Kind {
    /** A JSON string. */
    STRING,
    /** A whole number that fits in an int. */
    INTEGER,
    /** true or false. */
    BOOLEAN,
    /** A whole number or a string (Kubernetes' IntOrString). */
    INT_OR_STRING,
    /** Any JSON value (kept as written). */
    ANY,
    /** An object of the model: see {@link ValueShape#object()}. */
    OBJECT,
    /** An object with free keys: see {@link ValueShape#element()} for its values. */
    MAP,
    /** An array: see {@link ValueShape#element()} for its items. */
    LIST
  }

  /**
   * The shape of one value: its kind, the model object it is (for {@link Kind#OBJECT}) and the
   * shape of its items or map values (for {@link Kind#LIST} and {@link Kind#MAP}).
   */
  public record ValueShape(Kind kind, Optional<Class<?>> objectType, Optional<ValueShape> element) {
    /** {@return the model object's shape, for {@link Kind#OBJECT}} */
    public Optional<ModelShape> object() {
      return objectType.map(ModelShape::of);
    }
  }

  /** One JSON property of a model object. */
  public static final class Property {
    private final String jsonName;
    private final List<String> aliases;
    private final String accessor;
    private final ValueShape value;
    private final boolean optional;
    private final Optional<String> description;
    private final Method getter;
    private volatile Method setter;

    Property(String jsonName, List<String> aliases, Method getter, ValueShape value, boolean optional,
        Optional<String> description) {
      this.jsonName = jsonName;
      this.aliases = List.copyOf(aliases);
      this.accessor = getter.getName();
      this.getter = unchecked(getter);
      this.value = value;
      this.optional = optional;
      this.description = description;
    }

    /** {@return its JSON name} */
    public String jsonName() {
      return jsonName;
    }

    /** {@return other names it is read under (never written)} */
    public List<String> aliases() {
      return aliases;
    }

    /** {@return the Java accessor's name, e.g. {@code defaultReplicaCount}} */
    public String accessor() {
      return accessor;
    }

    /** {@return the shape of its value} */
    public ValueShape value() {
      return value;
    }

    /** {@return whether it may be absent from the JSON ({@code Optional} in the model)} */
    public boolean isOptional() {
      return optional;
    }

    /**
     * Whether a JSON {@code null} here reads as the field left out, as in the platform's own API: an
     * optional field is then empty, a list or map field (never optional in the model) has nothing.
     */
    boolean nullIsAbsent() {
      return optional || value.kind() == Kind.LIST || value.kind() == Kind.MAP;
    }

    /** {@return its description for people, when the model gives one} */
    public Optional<String> description() {
      return description;
    }

    /**
     * Its value in an instance of the model type: an {@code Optional}, a list, a map or a scalar.
     *
     * @param instance an instance of the model type that declares this property
     * @return its value in an instance of the model type: an {@code Optional}, a list, a map or a scalar
     */
    public Object get(Object instance) {
      return invoke(getter, instance);
    }

    /** Sets this property on a builder of its model type (from {@link ModelShape#newBuilder()}). */
    void set(Object builder, Object newValue) {
      Method s = setter;
      if (s == null) {
        s = setter = method(builder.getClass(), accessor, parameterType());
      }
      invoke(s, builder, newValue);
    }

    /** What the builder's setter takes: the Optional, any Iterable, any Map, or the value. */
    private Class<?> parameterType() {
      return optional ? Optional.class
          : value.kind() == Kind.LIST ? Iterable.class
          : value.kind() == Kind.MAP ? Map.class : getter.getReturnType();
    }

    /**
     * The model object this property holds, directly or as the items of a list; empty for values
     * that are not model objects.
     *
     * @return the shape one level down
     */
    public Optional<ModelShape> objectWithin() {
      return value.kind() == Kind.LIST ? value.element().flatMap(ValueShape::object) : value.object();
    }
  }

  /** Introspected on first use, for the types the stored shapes do not cover. */
  private static final Map<Class<?>, ModelShape> SHAPES = new ConcurrentHashMap<>();

  /** The shapes the build stored beside the classes ({@link ModelShapeFile}), read once. */
  private static final class Stored {
    static final Map<Class<?>, ModelShape> SHAPES = ModelShapeFile.readStored();
  }

  private final Class<?> type;
  private final List<Property> properties;
  private final Map<String, Property> byName;
  private final List<String> jsonNames;
  private final Method unknownFields;
  private volatile Method builderFactory;
  private volatile Method unknownFieldsSetter;
  private volatile Method build;

  ModelShape(Class<?> type, List<Property> properties, Method unknownFields) {
    this.type = type;
    this.properties = List.copyOf(properties);
    Map<String, Property> names = new LinkedHashMap<>();
    for (Property p : properties) {
      names.put(p.jsonName(), p);
    }
    for (Property p : properties) {
      p.aliases().forEach(a -> names.putIfAbsent(a, p));
    }
    this.byName = Collections.unmodifiableMap(names);
    // Asked for every unknown field (its did-you-mean): made once.
    this.jsonNames = this.properties.stream().map(Property::jsonName).toList();
    this.unknownFields = unknownFields == null ? null : unchecked(unknownFields);
  }

  /** {@return the shape of the whole document} */
  public static ModelShape document() {
    return of(PersistenceDocument.class);
  }

  /**
   * The shape of one model type (an interface of this package).
   *
   * @param modelType one of the model's interfaces, e.g. {@code WriterSpec.class}
   * @return the shape of one model type (an interface of this package)
   */
  public static ModelShape of(Class<?> modelType) {
    ModelShape shape = Stored.SHAPES.get(modelType);
    if (shape == null) {
      shape = SHAPES.get(modelType);
    }
    if (shape == null) {
      shape = introspect(modelType);
      SHAPES.putIfAbsent(modelType, shape);
    }
    return shape;
  }

  /** {@return the model type} */
  public Class<?> type() {
    return type;
  }

  /** {@return its properties, in canonical (written) order} */
  public List<Property> properties() {
    return properties;
  }

  /**
   * The property of this JSON name or alias.
   *
   * @param jsonNameOrAlias a field name as a document may spell it: its JSON name or an accepted alias
   * @return the property of this JSON name or alias
   */
  public Optional<Property> property(String jsonNameOrAlias) {
    return Optional.ofNullable(byName.get(jsonNameOrAlias));
  }

  /**
   * The property read by this Java accessor ({@code defaultReplicaCount}).
   *
   * @param accessor the Java accessor's name, e.g. {@code defaultReplicaCount}
   * @return the property read by this Java accessor ({@code defaultReplicaCount})
   */
  public Optional<Property> propertyByAccessor(String accessor) {
    return properties.stream().filter(p -> p.accessor().equals(accessor)).findFirst();
  }

  /**
   * The model type among {@code type} and its supertypes, for code that holds a generated class.
   *
   * @param type any class, e.g. a generated {@code Immutable...} class or the model interface itself
   * @return the model type among {@code type} and its supertypes, for code that holds a generated class
   */
  public static Optional<Class<?>> modelTypeOf(Class<?> type) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (isKnownModelType(c)) {
        return Optional.of(c);
      }
      for (Class<?> i : c.getInterfaces()) {
        if (isKnownModelType(i)) {
          return Optional.of(i);
        }
      }
    }
    return Optional.empty();
  }

  /**
   * A model type: one of the stored shapes, else one marked as such. The stored ones are asked
   * first: reading a class's annotations makes a proxy class per annotation type, which a cold run
   * pays for and cannot take from the class-data archive.
   */
  private static boolean isKnownModelType(Class<?> c) {
    return Stored.SHAPES.containsKey(c) || isModelType(c);
  }

  private static boolean isModelType(Class<?> c) {
    return c.isInterface() && c.getPackageName().equals(ModelShape.class.getPackageName())
        && c.isAnnotationPresent(com.fasterxml.jackson.databind.annotation.JsonDeserialize.class);
  }

  /** {@return the JSON names it defines, in canonical order (aliases not included)} */
  public List<String> jsonNames() {
    return jsonNames;
  }

  /**
   * The fields of an instance that the format does not define, in their order.
   *
   * @param instance an instance of this shape's model type
   * @return the fields of an instance that the format does not define, in their order
   */
  @SuppressWarnings("unchecked")
  public Map<String, JsonNode> unknownFieldsOf(Object instance) {
    return unknownFields == null ? Map.of() : (Map<String, JsonNode>) invoke(unknownFields, instance);
  }

  /**
   * The method, with Java's access check turned off where it can be: reading calls these for every
   * field of every object, and the check of a generated class's method is not cached.
   */
  private static Method unchecked(Method m) {
    try {
      m.setAccessible(true);
    } catch (RuntimeException e) {
      // A module or security manager that says no: the calls are still made, only checked.
    }
    return m;
  }

  private static Method method(Class<?> type, String name, Class<?>... parameters) {
    try {
      return unchecked(type.getMethod(name, parameters));
    } catch (NoSuchMethodException e) {
      throw new IllegalStateException("the model type " + type.getSimpleName() + " has no " + name, e);
    }
  }

  /** {@return the shapes read from the build's file, which {@link #of} answers with first} */
  static Map<Class<?>, ModelShape> stored() {
    return Stored.SHAPES;
  }

  /** A new, empty builder of the model type (its static {@code builder()}). */
  Object newBuilder() {
    Method m = builderFactory;
    if (m == null) {
      m = builderFactory = method(type, "builder");
    }
    return invoke(m, null);
  }

  /** Sets the fields the format does not define on a builder of the model type, in their order. */
  void setUnknownFields(Object builder, Map<String, JsonNode> fields) {
    Method m = unknownFieldsSetter;
    if (m == null) {
      if (unknownFields == null) {
        throw new IllegalStateException("the model type " + type.getSimpleName() + " keeps no unknown fields");
      }
      m = unknownFieldsSetter = method(builder.getClass(), unknownFields.getName(), Map.class);
    }
    invoke(m, builder, fields);
  }

  /** The value a builder of the model type holds. */
  Object build(Object builder) {
    Method m = build;
    if (m == null) {
      m = build = method(builder.getClass(), "build");
    }
    return invoke(m, builder);
  }

  /** The accessor of its unknown fields, when it keeps them. */
  Optional<String> unknownFieldsAccessor() {
    return Optional.ofNullable(unknownFields).map(Method::getName);
  }

  // ---- building the shape from Jackson's introspection ------------------------------------------

  /** The shapes of {@code root} and every model type below it, introspected now. */
  static Map<Class<?>, ModelShape> introspectAll(Class<?> root) {
    Map<Class<?>, ModelShape> shapes = new LinkedHashMap<>();
    ModelShapeFile.reachable(root, t -> shapes.computeIfAbsent(t, ModelShape::introspect));
    return shapes;
  }

  private static ModelShape introspect(Class<?> modelType) {
    SerializationConfig config = PersistenceJson.ownMapper().getSerializationConfig();
    BeanDescription description = config.introspect(config.constructType(modelType));
    List<Property> properties = new ArrayList<>();
    for (BeanPropertyDefinition d : description.findProperties()) {
      AnnotatedMember getter = d.getAccessor();
      if (getter == null || !(getter.getMember() instanceof Method method)) {
        continue;
      }
      JavaType type = d.getPrimaryType();
      boolean optional = type.getRawClass() == Optional.class;
      JavaType inner = optional ? type.getReferencedType() : type;
      List<String> aliases = d.findAliases().stream().map(PropertyName::getSimpleName).toList();
      String text = d.getMetadata().getDescription();
      properties.add(new Property(d.getName(), aliases, method, valueShape(inner), optional,
          Optional.ofNullable(text).filter(t -> !t.isEmpty())));
    }
    AnnotatedMember any = description.findAnyGetter();
    Method unknown = any != null && any.getMember() instanceof Method m ? m : null;
    return new ModelShape(modelType, properties, unknown);
  }

  private static ValueShape valueShape(JavaType t) {
    Class<?> raw = t.getRawClass();
    if (raw == String.class) {
      return scalar(Kind.STRING);
    }
    if (raw == Integer.class || raw == int.class) {
      return scalar(Kind.INTEGER);
    }
    if (raw == Boolean.class || raw == boolean.class) {
      return scalar(Kind.BOOLEAN);
    }
    if (raw == IntOrPercent.class) {
      return scalar(Kind.INT_OR_STRING);
    }
    if (JsonNode.class.isAssignableFrom(raw)) {
      return scalar(Kind.ANY);
    }
    if (t.isMapLikeType()) {
      return new ValueShape(Kind.MAP, Optional.empty(), Optional.of(valueShape(t.getContentType())));
    }
    if (t.isCollectionLikeType()) {
      return new ValueShape(Kind.LIST, Optional.empty(), Optional.of(valueShape(t.getContentType())));
    }
    if (isModelType(raw)) {
      return new ValueShape(Kind.OBJECT, Optional.of(raw), Optional.empty());
    }
    throw new IllegalStateException("the model uses a type its shape cannot describe: "
        + raw.getName().toLowerCase(Locale.ROOT));
  }

  private static ValueShape scalar(Kind kind) {
    return new ValueShape(kind, Optional.empty(), Optional.empty());
  }

  /** A getter's arguments: shared, where varargs would allocate an empty array on every call. */
  private static final Object[] NO_ARGUMENTS = {};

  private static Object invoke(Method m, Object target) {
    return invoke(m, target, NO_ARGUMENTS);
  }

  private static Object invoke(Method m, Object target, Object... args) {
    try {
      return m.invoke(target, args);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException(e);
    } catch (InvocationTargetException e) {
      throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
    }
  }
}
