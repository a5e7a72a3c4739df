package io.bgpersistence.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.io.SerializedString;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.SerializerFactoryConfig;
import com.fasterxml.jackson.databind.ser.BeanSerializerFactory;
import com.fasterxml.jackson.databind.ser.ResolvableSerializer;
import com.fasterxml.jackson.databind.ser.SerializerFactory;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;

/**
 * Jackson's bean serializer factory, which writes the classes of {@link WritePlans} from their
 * stored plans instead of introspecting them: same names, same order, same inclusion, and each
 * value written by the serializer Jackson finds for it. A class whose file is not the one planned
 * (another fabric8 version) is introspected as before.
 */
final class PlannedSerializers extends BeanSerializerFactory {
  private static final long serialVersionUID = 1L;

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

  /** One planned class's serializer. Thread-safe: its caches only ever hold a correct answer. */
  private static final class Planned extends StdSerializer<Object> {
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

    @Override
    public void serialize(Object bean, JsonGenerator gen, SerializerProvider provider) throws IOException {
      if (anyGetter != null && !(invoke(anyGetter, bean) instanceof Map<?, ?> map && map.isEmpty())) {
        introspected(provider).serialize(bean, gen, provider);
        return;
      }
      gen.writeStartObject(bean);
      for (Property p : properties) {
        p.write(bean, gen, provider);
      }
      gen.writeEndObject();
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

    void write(Object bean, JsonGenerator gen, SerializerProvider provider) throws IOException {
      Object value = invoke(getter, bean);
      if (value == null) {
        if (inclusion == WritePlans.Inclusion.ALWAYS) {
          gen.writeFieldName(name);
          provider.defaultSerializeNull(gen);
        }
        return;
      }
      JsonSerializer<Object> serializer = serializerOf(value.getClass(), provider);
      if (inclusion == WritePlans.Inclusion.NON_EMPTY && serializer.isEmpty(provider, value)) {
        return;
      }
      gen.writeFieldName(name);
      serializer.serialize(value, gen, provider);
    }

    private JsonSerializer<Object> serializerOf(Class<?> type, SerializerProvider provider)
        throws JsonMappingException {
      Cached cached = last;
      if (cached == null || cached.type() != type) {
        // As Jackson's BeanPropertyWriter finds it (no property: a plan has none that changes it).
        cached = new Cached(type, provider.findPrimaryPropertySerializer(type, null));
        last = cached;
      }
      return cached.serializer();
    }
  }

  private static Object invoke(Method getter, Object bean) throws IOException {
    try {
      return getter.invoke(bean);
    } catch (IllegalAccessException e) {
      throw new IllegalStateException("cannot read " + getter.getName(), e);
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("cannot read " + getter.getName(), e.getCause());
    }
  }
}
