package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The shapes the build stores are the ones introspection gives, and a stale entry is not used. */
class ModelShapeFileTest {
  private static final Map<Class<?>, ModelShape> INTROSPECTED = ModelShape.introspectAll(PersistenceDocument.class);

  @Test
  void theBuildStoresEveryModelTypeAsIntrospectionSeesIt() {
    Map<Class<?>, ModelShape> stored = ModelShape.stored();
    assertEquals(describe(INTROSPECTED), describe(stored));
    for (Class<?> type : INTROSPECTED.keySet()) {
      assertSame(stored.get(type), ModelShape.of(type), "a run uses the stored shape of " + type.getSimpleName());
    }
  }

  @Test
  void aStoredShapeReadsBackTheSame() throws Exception {
    assertEquals(describe(INTROSPECTED), describe(ModelShapeFile.read(new ByteArrayInputStream(bytes()))));
  }

  @Test
  void aTypeThatChangedSinceTheBuildIsIntrospectedInstead() throws Exception {
    byte[] bytes = bytes();
    String signature = ModelShapeFile.signature(WriterSpec.class);
    byte[] stale = signature.replaceFirst("[a-z]", "Z").getBytes(StandardCharsets.UTF_8);
    int at = indexOf(bytes, signature.getBytes(StandardCharsets.UTF_8));
    System.arraycopy(stale, 0, bytes, at, stale.length);

    Map<Class<?>, ModelShape> read = ModelShapeFile.read(new ByteArrayInputStream(bytes));
    assertFalse(read.containsKey(WriterSpec.class));
    assertEquals(INTROSPECTED.size() - 1, read.size(), "the other types still come from the file");
  }

  private static byte[] bytes() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ModelShapeFile.write(INTROSPECTED, out);
    return out.toByteArray();
  }

  private static int indexOf(byte[] haystack, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= haystack.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (haystack[i + j] != needle[j]) {
          continue outer;
        }
      }
      return i;
    }
    throw new AssertionError("not found");
  }

  private static Map<String, List<String>> describe(Map<Class<?>, ModelShape> shapes) {
    Map<String, List<String>> out = new LinkedHashMap<>();
    shapes.forEach((type, shape) -> out.put(type.getName() + " unknown=" + shape.unknownFieldsAccessor(),
        shape.properties().stream()
            .map(p -> String.join(" | ", p.jsonName(), p.aliases().toString(), p.accessor(),
                p.value().toString(), String.valueOf(p.isOptional()), p.description().toString()))
            .toList()));
    return out;
  }
}
