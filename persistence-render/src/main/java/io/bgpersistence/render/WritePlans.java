package io.bgpersistence.render;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.cfg.PackageVersion;
import com.fasterxml.jackson.databind.introspect.AnnotatedMember;
import com.fasterxml.jackson.databind.introspect.AnnotatedMethod;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.ser.AnyGetterWriter;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializer;
import com.fasterxml.jackson.databind.ser.PropertyWriter;
import io.fabric8.kubernetes.api.model.ConfigMap;
import io.fabric8.kubernetes.api.model.Namespace;
import io.fabric8.kubernetes.api.model.ServiceAccount;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.annotation.Annotation;
import java.lang.reflect.Field;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * How Jackson writes each fabric8 class the renderer makes: its properties' names, getters and
 * inclusion, in Jackson's order. Jackson works this out when the module is built, and the answer is
 * stored beside the classes: building the serializers of some 30 fabric8 classes was most of a cold
 * render's writing (annotation parsing, type resolution, creators), and the answer is the same on
 * every run. A run uses a class's plan only under the Jackson version that made it and for the very
 * class files it was made from (the class's and its supertypes', by CRC-32: {@link #classCrc});
 * anything else Jackson introspects as before.
 * Only plain beans are planned: getters with {@code @JsonProperty} and value-only {@code @JsonInclude}
 * (always, non-null, non-empty), no type ids, views, filters or serializers of their own.
 */
final class WritePlans {
  static final String RESOURCE = "write-plans.bin";
  private static final int FORMAT = 1;

  /** What the renderer makes itself; the classes below them are found from these. */
  private static final List<Class<?>> ROOTS =
      List.of(Namespace.class, ServiceAccount.class, ConfigMap.class, Deployment.class, PodDisruptionBudget.class);

  /** What a planned property's member may carry: anything else changes how Jackson writes it. */
  private static final Set<Class<? extends Annotation>> PLAIN = Set.of(JsonProperty.class, JsonInclude.class);

  /** When a property is left out. */
  enum Inclusion { ALWAYS, NON_NULL, NON_EMPTY }

  /** One property: its JSON name, the getter that reads it, and when it is left out. */
  record Property(String jsonName, String getter, Inclusion inclusion) {}

  /**
   * One class's plan.
   *
   * @param classCrc the {@link #classCrc} of the class files it was made from
   * @param anyGetter the getter of the map written after the properties ({@code @JsonAnyGetter}), if any
   */
  record Plan(String className, long classCrc, List<Property> properties, Optional<String> anyGetter) {}

  private WritePlans() {}

  /** The mapper the plans describe, and the one rendering writes with (plus the plans). */
  static JsonMapper.Builder mapperBuilder() {
    return JsonMapper.builder();
  }

  /**
   * Writes the plans of the renderer's classes.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(plansOf(ROOTS, mapperBuilder().build()), out);
    }
  }

  /** The plans of the roots and of every fabric8 class their properties hold, as Jackson writes them. */
  static Map<String, Plan> plansOf(List<Class<?>> roots, ObjectMapper mapper) throws IOException {
    SerializerProvider provider = mapper.getSerializerProviderInstance();
    SerializationConfig config = mapper.getSerializationConfig();
    Map<String, Plan> plans = new TreeMap<>();
    Deque<Class<?>> todo = new ArrayDeque<>(roots);
    Set<Class<?>> seen = new HashSet<>();
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (!seen.add(type)) {
        continue;
      }
      JsonSerializer<Object> serializer = provider.findValueSerializer(type);
      if (!(serializer instanceof BeanSerializer bean)) {
        continue;
      }
      for (Iterator<PropertyWriter> it = bean.properties(); it.hasNext(); ) {
        collectFabric8(it.next().getType(), todo);
      }
      Optional<Plan> plan = planOf(type, bean, config);
      if (plan.isPresent()) {
        plans.put(type.getName(), plan.get());
      }
    }
    return plans;
  }

  private static void collectFabric8(JavaType type, Deque<Class<?>> todo) {
    if (type.getRawClass().getName().startsWith("io.fabric8.")) {
      todo.add(type.getRawClass());
    }
    for (int i = 0; i < type.containedTypeCount(); i++) {
      collectFabric8(type.containedType(i), todo);
    }
  }

  private static Optional<Plan> planOf(Class<?> type, BeanSerializer serializer, SerializationConfig config) {
    JavaType javaType = config.constructType(type);
    BeanDescription description = config.introspect(javaType);
    if (serializer.getClass() != BeanSerializer.class || serializer.usesObjectId()
        || description.findJsonValueAccessor() != null
        || config.getAnnotationIntrospector().findFilterId(description.getClassInfo()) != null
        || config.getAnnotationIntrospector().findTypeResolver(config, description.getClassInfo(), javaType) != null) {
      return Optional.empty();
    }
    Optional<String> anyGetter = Optional.empty();
    AnnotatedMember any = description.findAnyGetter();
    if (any != null) {
      if (!(any instanceof AnnotatedMethod method) || method.getParameterCount() != 0) {
        return Optional.empty();
      }
      anyGetter = Optional.of(method.getName());
    }
    List<Property> properties = new ArrayList<>();
    for (Iterator<PropertyWriter> it = serializer.properties(); it.hasNext(); ) {
      PropertyWriter writer = it.next();
      if (writer instanceof AnyGetterWriter) {
        continue;  // the any-getter above: a plan writes only an empty map of it, which is nothing
      }
      Optional<Property> property = propertyOf(writer, config);
      if (property.isEmpty()) {
        return Optional.empty();
      }
      properties.add(property.get());
    }
    OptionalLong crc = classCrc(type);
    if (crc.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Plan(type.getName(), crc.getAsLong(), properties, anyGetter));
  }

  private static Optional<Property> propertyOf(PropertyWriter writer, SerializationConfig config) {
    if (writer.getClass() != BeanPropertyWriter.class) {
      return Optional.empty();
    }
    BeanPropertyWriter w = (BeanPropertyWriter) writer;
    if (!(w.getMember() instanceof AnnotatedMethod getter) || getter.getParameterCount() != 0
        || w.getTypeSerializer() != null || w.getViews() != null || w.getSerializationType() != null
        // A run resolves the declared type from the getter alone, as Jackson did here.
        || !w.getType().equals(config.getTypeFactory().constructType(getter.getAnnotated().getGenericReturnType()))
        // Jackson writes a final type as declared, its type arguments included; a run, as its class.
        || w.getType().isFinal() && (w.getType().isArrayType() || w.getType().containedTypeCount() > 0)) {
      return Optional.empty();
    }
    for (Annotation a : getter.getAllAnnotations().annotations()) {
      if (!PLAIN.contains(a.annotationType())) {
        return Optional.empty();
      }
    }
    JsonInclude include = getter.getAnnotation(JsonInclude.class);
    // Content "always" is what the value's serializer does with no property: nothing left out.
    if (include != null && (include.content() != JsonInclude.Include.USE_DEFAULTS
        && include.content() != JsonInclude.Include.ALWAYS
        || include.valueFilter() != Void.class || include.contentFilter() != Void.class)) {
      return Optional.empty();
    }
    Object suppressed = suppressableValue(w);
    Inclusion inclusion;
    if (suppressed == null) {
      inclusion = w.willSuppressNulls() ? Inclusion.NON_NULL : Inclusion.ALWAYS;
    } else if (suppressed == BeanPropertyWriter.MARKER_FOR_EMPTY && w.willSuppressNulls()) {
      inclusion = Inclusion.NON_EMPTY;
    } else {
      return Optional.empty();
    }
    return Optional.of(new Property(w.getName(), getter.getName(), inclusion));
  }

  /** The value a property is left out for (its "empty" marker, or a default); read once, at build time. */
  private static Object suppressableValue(BeanPropertyWriter w) {
    try {
      Field field = BeanPropertyWriter.class.getDeclaredField("_suppressableValue");
      field.setAccessible(true);
      return field.get(w);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("this Jackson has no BeanPropertyWriter._suppressableValue", e);
    }
  }

  /**
   * A checksum of the class files Jackson's view of a class is made from: the class's own and its
   * superclasses' and interfaces' (fabric8's {@code HasMetadata}, in another jar, marks getters
   * {@code @JsonIgnore}), each file's CRC-32 in turn; empty when one cannot be read. The JDK's own
   * classes are left out. A jar's directory gives each file's CRC-32 without reading the file
   * (reading and checking the 30 files of a render took a cold run 27 ms).
   */
  static OptionalLong classCrc(Class<?> type) {
    CRC32 crc = new CRC32();
    for (Class<?> c : withSupertypes(type)) {
      OptionalLong file = FILE_CRC.get(c);
      if (file.isEmpty()) {
        return OptionalLong.empty();
      }
      crc.update(c.getName().getBytes(StandardCharsets.UTF_8));
      crc.update(ByteBuffer.allocate(Long.BYTES).putLong(file.getAsLong()).array());
    }
    return OptionalLong.of(crc.getValue());
  }

  /** Each class file's CRC-32, worked out once per class (the interfaces are shared by all). */
  private static final ClassValue<OptionalLong> FILE_CRC = new ClassValue<>() {
    @Override
    protected OptionalLong computeValue(Class<?> type) {
      OptionalLong fromJar = jarCrc(type);
      return fromJar.isPresent() ? fromJar : fileCrc(type);
    }
  };

  /** The class, then its superclasses and interfaces, each once, in a fixed order; not the JDK's. */
  static List<Class<?>> withSupertypes(Class<?> type) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(type));
    while (!todo.isEmpty()) {
      Class<?> c = todo.removeFirst();
      if (out.contains(c) || c.getClassLoader() == null || c.getClassLoader() == ClassLoader.getPlatformClassLoader()) {
        continue;
      }
      out.add(c);
      if (c.getSuperclass() != null) {
        todo.add(c.getSuperclass());
      }
      todo.addAll(List.of(c.getInterfaces()));
    }
    return out;
  }

  /**
   * The CRC-32 a jar's directory gives a class's file; empty when the class is not from a jar. The
   * jar is opened for the question only: a class loader that has it open already shares its
   * directory with this one.
   */
  static OptionalLong jarCrc(Class<?> type) {
    CodeSource source = type.getProtectionDomain().getCodeSource();
    URL location = source == null ? null : source.getLocation();
    if (location == null || !"file".equals(location.getProtocol()) || !location.getPath().endsWith(".jar")) {
      return OptionalLong.empty();
    }
    try (ZipFile jar = new ZipFile(Path.of(location.toURI()).toFile())) {
      ZipEntry entry = jar.getEntry(classFile(type));
      return entry == null || entry.getCrc() == -1 ? OptionalLong.empty() : OptionalLong.of(entry.getCrc());
    } catch (IOException | URISyntaxException | RuntimeException e) {
      return OptionalLong.empty();  // the class file is read instead
    }
  }

  /** The CRC-32 of a class's file, read. */
  static OptionalLong fileCrc(Class<?> type) {
    ClassLoader loader = type.getClassLoader();
    if (loader == null) {
      return OptionalLong.empty();
    }
    try (InputStream in = loader.getResourceAsStream(classFile(type))) {
      if (in == null) {
        return OptionalLong.empty();
      }
      CRC32 crc = new CRC32();
      crc.update(in.readAllBytes());
      return OptionalLong.of(crc.getValue());
    } catch (IOException e) {
      return OptionalLong.empty();
    }
  }

  private static String classFile(Class<?> type) {
    return type.getName().replace('.', '/') + ".class";
  }

  static void write(Map<String, Plan> plans, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(FORMAT);
    out.writeUTF(PackageVersion.VERSION.toFullString());
    out.writeInt(plans.size());
    for (Plan plan : plans.values()) {
      out.writeUTF(plan.className());
      out.writeLong(plan.classCrc());
      out.writeUTF(plan.anyGetter().orElse(""));
      out.writeInt(plan.properties().size());
      for (Property p : plan.properties()) {
        out.writeUTF(p.jsonName());
        out.writeUTF(p.getter());
        out.writeByte(p.inclusion().ordinal());
      }
    }
    out.flush();
  }

  /**
   * The stored plans, by class name; empty when there are none, or when they were made by another
   * Jackson version than this one (its introspection may differ).
   */
  static Map<String, Plan> readStored() {
    try (InputStream in = WritePlans.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : read(in);
    } catch (IOException | RuntimeException e) {
      return Map.of();  // Jackson introspects every class, only later
    }
  }

  static Map<String, Plan> read(InputStream stream) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != FORMAT || !in.readUTF().equals(PackageVersion.VERSION.toFullString())) {
      return Map.of();
    }
    Map<String, Plan> plans = new HashMap<>();
    Inclusion[] inclusions = Inclusion.values();
    for (int n = in.readInt(); n > 0; n--) {
      String className = in.readUTF();
      long crc = in.readLong();
      String anyGetter = in.readUTF();
      int count = in.readInt();
      List<Property> properties = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        properties.add(new Property(in.readUTF(), in.readUTF(), inclusions[in.readByte()]));
      }
      plans.put(className, new Plan(className, crc, properties,
          anyGetter.isEmpty() ? Optional.empty() : Optional.of(anyGetter)));
    }
    return plans;
  }
}
