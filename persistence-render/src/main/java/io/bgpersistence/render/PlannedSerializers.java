package io.bgpersistence.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.jsontype.TypeSerializer;
import com.fasterxml.jackson.databind.ser.BeanSerializerFactory;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.SerializerFactory;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Jackson's bean serializer factory, which writes the classes of {@link WritePlans} from their
 * stored plans instead of introspecting them: same names, same order, same inclusion, and each
 * value written by the serializer Jackson finds for it. A class whose files (its own or its
 * supertypes') are not the ones planned, from another fabric8 version say, is introspected as before.
 */
final class PlannedSerializers extends BeanSerializerFactory {
  private static final long serialVersionUID = 1L;
  /** A getter's arguments: shared, where varargs would allocate an empty array for every value written. */
  private static final Object[] NO_ARGUMENTS = {};

  private final transient Map<String, WritePlans.Plan> plans;

  PlannedSerializers(Map<String, WritePlans.Plan> plans) {
    this(null, plans);
  }

  private PlannedSerializers(SerializerFactoryConfig config, Map<String, WritePlans.Plan> plans) {
    super(config);
    this.plans = Map.copyOf(plans);
  }

  @Override
  public SerializerFactory withConfig(SerializerFactoryConfig config) {
    return _factoryConfig == config ? this : new PlannedSerializers(config, plans);
  }

  @Override
  public JsonSerializer<Object> createSerializer(SerializerProvider provider, JavaType type)
      throws JsonMappingException {
    WritePlans.Plan plan = plans.get(type.getRawClass().getName());
    if (plan != null) {
      Optional<Planned> planned = Planned.of(type, plan, this);
      if (planned.isPresent()) {
        return planned.get();
      }
    }
    return super.createSerializer(provider, type);
  }

  /** Jackson's own serializer of a type, introspected. */
  JsonSerializer<Object> introspected(SerializerProvider provider, JavaType type) throws JsonMappingException {
    JsonSerializer<Object> serializer = super.createSerializer(provider, type);
    if (serializer instanceof ResolvableSerializer resolvable) {
      resolvable.resolve(provider);
    }
    return serializer;
  }

  /**
   * Java serialization keeps no plans (they are read from the class path, not carried): a mapper
   * read back introspects every class, as Jackson does.
   */
  private Object readResolve() {
    return new PlannedSerializers(_factoryConfig, Map.of());
  }

  /** One planned class's serializer. Thread-safe: its caches only ever hold a correct answer. */
  static final class Planned extends StdSerializer<Object> {
    private static final long serialVersionUID = 1L;

    private final transient JavaType type;
    private final transient List<Property> properties;
    private final transient Method anyGetter;
    private final transient PlannedSerializers factory;
    /** For an object whose any-getter's map has entries, which no plan covers: Jackson's own. */
    private transient volatile JsonSerializer<Object> introspected;

    private Planned(JavaType type, List<Property> properties, Method anyGetter, PlannedSerializers factory) {
      super(Object.class);
      this.type = type;
      this.properties = properties;
      this.anyGetter = anyGetter;
      this.factory = factory;
    }

    static Optional<Planned> of(JavaType type, WritePlans.Plan plan, PlannedSerializers factory) {
      Class<?> raw = type.getRawClass();
      OptionalLong crc = WritePlans.classCrc(raw);
      if (crc.isEmpty() || crc.getAsLong() != plan.classCrc()) {
        return Optional.empty();
      }
      try {
        List<Property> properties = plan.properties().stream().map(p -> Property.of(raw, p)).toList();
        Method anyGetter = plan.anyGetter().isPresent() ? raw.getMethod(plan.anyGetter().get()) : null;
        return Optional.of(new Planned(type, properties, anyGetter, factory));
      } catch (NoSuchMethodException | IllegalArgumentException e) {
        return Optional.empty();
      }
    }

    /** As Jackson's {@code BeanSerializer} writes it, failures included (wrapped with their path). */
    @Override
    public void serialize(Object bean, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (anyGetter != null && !(anyGetterValue(bean) instanceof Map<?, ?> map && map.isEmpty())) {
        introspected(provider).serialize(bean, gen, provider);
        return;
      }
      gen.writeStartObject(bean);
      Property p = null;
      try {
        for (Property property : properties) {
          p = property;
          p.write(bean, gen, provider);
        }
      } catch (Exception e) {
        wrapAndThrow(provider, e, bean, p == null ? "" : p.name.getValue());
      } catch (StackOverflowError e) {
        JsonMappingException wrapped = new JsonMappingException(gen, "Infinite recursion (StackOverflowError)", e);
        wrapped.prependPath(bean, p == null ? "" : p.name.getValue());
        throw wrapped;
      }
      gen.writeEndObject();
    }

    /** With a type id (no rendered object has one): Jackson's own serializer. */
    @Override
    public void serializeWithType(Object bean, JsonGenerator gen, SerializerProvider provider, TypeSerializer typeSer)
        throws IOException {
      introspected(provider).serializeWithType(bean, gen, provider, typeSer);
    }

    private Object anyGetterValue(Object bean) {
      try {
        return anyGetter.invoke(bean, NO_ARGUMENTS);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;  // Jackson's own serializer reads it again, and reports the fault its way
      }
    }

    private JsonSerializer<Object> introspected(SerializerProvider provider) throws JsonMappingException {
      JsonSerializer<Object> serializer = introspected;
      if (serializer == null) {
        serializer = factory.introspected(provider, type);
        introspected = serializer;
      }
      return serializer;
    }
  }

  /** One property, written as Jackson's {@code BeanPropertyWriter} writes it. */
  private static final class Property {
    private final SerializedString name;
    private final Method getter;
    private final WritePlans.Inclusion inclusion;
    /** The getter's declared type, resolved when first needed. */
    private volatile JavaType declared;
    /** The serializer of the last value's class: most properties hold values of one class. */
    private volatile Cached last;

    private record Cached(Class<?> type, JsonSerializer<Object> serializer) {}

    private Property(SerializedString name, Method getter, WritePlans.Inclusion inclusion) {
      this.name = name;
      this.getter = getter;
      this.inclusion = inclusion;
    }

    static Property of(Class<?> type, WritePlans.Property p) {
      try {
        return new Property(new SerializedString(p.jsonName()), type.getMethod(p.getter()), p.inclusion());
      } catch (NoSuchMethodException e) {
        throw new IllegalArgumentException(e);
      }
    }

    void write(Object bean, JsonGenerator gen, SerializerProvider provider) throws Exception {
      Object value = getter.invoke(bean, NO_ARGUMENTS);
      if (value == null) {
        writeNull(gen, provider);
        return;
      }
      JsonSerializer<Object> serializer = serializerOf(value.getClass(), provider);
      if (inclusion == WritePlans.Inclusion.NON_EMPTY && serializer.isEmpty(provider, value)) {
        return;
      }
      if (value == bean && selfReference(gen, provider)) {
        return;
      }
      gen.writeFieldName(name);
      serializer.serialize(value, gen, provider);
    }

    /**
     * A value that is its own bean, as Jackson's {@code BeanPropertyWriter} handles it: a failure,
     * or (when so configured) a null written in its place; true when it is handled.
     */
    private boolean selfReference(JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (provider.isEnabled(SerializationFeature.FAIL_ON_SELF_REFERENCES)) {
        provider.reportBadDefinition(declared(provider), "Direct self-reference leading to cycle");
      } else if (provider.isEnabled(SerializationFeature.WRITE_SELF_REFERENCES_AS_NULL)) {
        writeNull(gen, provider);
        return true;
      }
      return false;
    }

    /** A null in the value's place: written only where nulls are included. */
    private void writeNull(JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (inclusion == WritePlans.Inclusion.ALWAYS) {
        gen.writeFieldName(name);
        provider.defaultSerializeNull(gen);
      }
    }

    /**
     * As Jackson's {@code BeanPropertyWriter} finds it: for a generic or container declared type
     * ({@code List<String>}, say), that type specialized to the value's class, so that the
     * elements are written as declared; else the value's class (no property: a plan has none that
     * changes the serializer).
     */
    private JsonSerializer<Object> serializerOf(Class<?> type, SerializerProvider provider)
        throws JsonMappingException {
      Cached cached = last;
      if (cached == null || cached.type() != type) {
        JavaType actual = isPlain(getter.getReturnType())
            ? provider.constructType(type) : provider.constructSpecializedType(declared(provider), type);
        cached = new Cached(type, provider.findPrimaryPropertySerializer(actual, null));
        last = cached;
      }
      return cached.serializer();
    }

    /**
     * A declared class Jackson does not specialize: final (a plan has no final generic type or
     * array), or neither a container nor generic. Most are (strings, numbers, beans), and their
     * generic type need not be resolved at all.
     */
    private static boolean isPlain(Class<?> declared) {
      return Modifier.isFinal(declared.getModifiers())
          || !Collection.class.isAssignableFrom(declared) && !Map.class.isAssignableFrom(declared)
          && declared.getTypeParameters().length == 0;
    }

    private JavaType declared(SerializerProvider provider) {
      JavaType type = declared;
      if (type == null) {
        type = provider.getTypeFactory().constructType(getter.getGenericReturnType());
        declared = type;
      }
      return type;
    }
  }
}
