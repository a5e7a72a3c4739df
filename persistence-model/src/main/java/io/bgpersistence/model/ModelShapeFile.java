package io.bgpersistence.model;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The model's shapes, introspected once when the model is built and stored beside its classes:
 * Jackson's introspection of every model type took 50–70 ms of each cold start (and made a run that
 * only validates build an ObjectMapper), and the answer is the same on every run. A build writes
 * the file ({@link #main}) after compiling; a run reads it, and falls back to introspection for
 * any type whose file entry is missing or does not match the class it loaded (a class compiled by
 * a tool other than the build, say).
 */
final class ModelShapeFile {
  static final String RESOURCE = "model-shape.bin";
  private static final int FORMAT = 1;

  private ModelShapeFile() {}

  /**
   * Writes the shapes of the document and of every model type below it.
   *
   * @param args the file to write
   * @throws IOException when it cannot be written
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    Files.createDirectories(file.toAbsolutePath().getParent());
    try (OutputStream out = Files.newOutputStream(file)) {
      write(ModelShape.introspectAll(PersistenceDocument.class), out);
    }
  }

  static void write(Map<Class<?>, ModelShape> shapes, OutputStream stream) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(stream));
    out.writeInt(FORMAT);
    out.writeInt(shapes.size());
    for (ModelShape shape : shapes.values()) {
      out.writeUTF(shape.type().getName());
      out.writeUTF(signature(shape.type()));
      out.writeUTF(shape.unknownFieldsAccessor().orElse(""));
      out.writeInt(shape.properties().size());
      for (ModelShape.Property p : shape.properties()) {
        out.writeUTF(p.jsonName());
        out.writeInt(p.aliases().size());
        for (String alias : p.aliases()) {
          out.writeUTF(alias);
        }
        out.writeUTF(p.accessor());
        writeValue(p.value(), out);
        out.writeBoolean(p.isOptional());
        out.writeUTF(p.description().orElse(""));
      }
    }
    out.flush();
  }

  /** The stored shapes whose types match the loaded classes; empty when there is no file. */
  static Map<Class<?>, ModelShape> readStored() {
    try (InputStream in = ModelShapeFile.class.getResourceAsStream(RESOURCE)) {
      return in == null ? Map.of() : read(in);
    } catch (IOException | RuntimeException | ReflectiveOperationException e) {
      return Map.of();  // introspection gives the same shapes, only later
    }
  }

  static Map<Class<?>, ModelShape> read(InputStream stream)
      throws IOException, ReflectiveOperationException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(stream));
    if (in.readInt() != FORMAT) {
      return Map.of();
    }
    ClassLoader loader = ModelShapeFile.class.getClassLoader();
    Map<Class<?>, ModelShape> shapes = new LinkedHashMap<>();
    int types = in.readInt();
    for (int t = 0; t < types; t++) {
      Class<?> type = Class.forName(in.readUTF(), false, loader);
      boolean current = in.readUTF().equals(signature(type));
      String unknown = in.readUTF();
      int count = in.readInt();
      List<ModelShape.Property> properties = new ArrayList<>(count);
      for (int i = 0; i < count; i++) {
        String jsonName = in.readUTF();
        List<String> aliases = new ArrayList<>();
        for (int a = in.readInt(); a > 0; a--) {
          aliases.add(in.readUTF());
        }
        String accessor = in.readUTF();
        ModelShape.ValueShape value = readValue(in, loader);
        boolean optional = in.readBoolean();
        String description = in.readUTF();
        if (current) {
          properties.add(new ModelShape.Property(jsonName, aliases, type.getMethod(accessor), value,
              optional, Optional.of(description).filter(d -> !d.isEmpty())));
        }
      }
      if (current) {
        shapes.put(type, new ModelShape(type, properties,
            unknown.isEmpty() ? null : type.getMethod(unknown)));
      }
    }
    return shapes;
  }

  private static void writeValue(ModelShape.ValueShape value, DataOutputStream out) throws IOException {
    out.writeByte(value.kind().ordinal());
    out.writeUTF(value.objectType().map(Class::getName).orElse(""));
    out.writeBoolean(value.element().isPresent());
    if (value.element().isPresent()) {
      writeValue(value.element().get(), out);
    }
  }

  private static ModelShape.ValueShape readValue(DataInputStream in, ClassLoader loader)
      throws IOException, ClassNotFoundException {
    ModelShape.Kind kind = ModelShape.Kind.values()[in.readByte()];
    String objectType = in.readUTF();
    Optional<Class<?>> object = objectType.isEmpty()
        ? Optional.empty() : Optional.of(Class.forName(objectType, false, loader));
    Optional<ModelShape.ValueShape> element = in.readBoolean()
        ? Optional.of(readValue(in, loader)) : Optional.empty();
    return new ModelShape.ValueShape(kind, object, element);
  }

  /**
   * What a type's shape is made from, cheaply checked at run time: its accessors' names and
   * (erased) return types. A stored shape whose type has changed since is not used.
   */
  static String signature(Class<?> type) {
    return Arrays.stream(type.getDeclaredMethods())
        .filter(m -> m.getParameterCount() == 0)
        .map(m -> m.getName() + ":" + m.getReturnType().getName())
        .sorted()
        .collect(Collectors.joining(","));
  }

  /** The types below {@code root}, breadth first. */
  static List<Class<?>> reachable(Class<?> root, Function<Class<?>, ModelShape> shapeOf) {
    List<Class<?>> out = new ArrayList<>();
    Deque<Class<?>> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty()) {
      Class<?> type = todo.removeFirst();
      if (out.contains(type)) {
        continue;
      }
      out.add(type);
      for (ModelShape.Property p : shapeOf.apply(type).properties()) {
        collect(p.value(), todo);
      }
    }
    return out;
  }

  private static void collect(ModelShape.ValueShape value, Deque<Class<?>> todo) {
    value.objectType().ifPresent(todo::addLast);
    value.element().ifPresent(e -> collect(e, todo));
  }
}
