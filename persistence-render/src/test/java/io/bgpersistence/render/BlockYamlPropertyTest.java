package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.longs;
import static org.quicktheories.generators.SourceDSL.strings;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.testing.SampleDocuments;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.quicktheories.api.Pair;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * The YAML a user gets is snakeyaml's, byte for byte, whichever writer wrote it: for any object,
 * when {@link BlockYaml} writes it at all, its text equals what snakeyaml writes with the same
 * settings. Objects it leaves out go through snakeyaml; that the rendered fleets do not is checked
 * too, since otherwise the faster writer would silently never run.
 */
class BlockYamlPropertyTest {
  private static final List<String> TRICKY = List.of("yes", "No", "ON", "off", "y", "N", "true", "Null", "~", "0755",
      "1e3", "0x1F", "12:30", "-", "", " lead", "trail ", "a: b", "a:b", "x:", "#x", "a #b", "1.0", ".inf", "=",
      "<<", "2026-11-25", "@x", "!x", "&x", "*x", "|", ">", "%x", "/", "/tmp", "a\"b", "back\\slash", "two\nlines",
      "tab\there", "caf\u00e9", "\u2028", "nul\0", "emoji \ud83d\ude00", "app.kubernetes.io/name", "250m", "1Gi",
      "sha256:00ff", "A_B", "k".repeat(99), "k".repeat(101), "k".repeat(130), " ", "a b", "a,b", "[x]", "{x}", "?x");

  private static final Gen<String> NAMES = strings().betweenCodePoints('-', 'z').ofLengthBetween(1, 12);

  // Mostly what rendered objects hold, with now and then what only snakeyaml writes.
  private static final Gen<String> STRINGS = Generate.frequency(
      Pair.of(8, NAMES),
      Pair.of(4, strings().betweenCodePoints(0x20, 0x7e).ofLengthBetween(0, 10)),
      Pair.of(2, Generate.pick(TRICKY)),
      Pair.of(1, strings().betweenCodePoints(0, 0x3000).ofLengthBetween(0, 4)));

  private static final Gen<String> KEYS = Generate.frequency(
      Pair.of(30, strings().betweenCodePoints('a', 'z').ofLengthBetween(1, 8)),
      Pair.of(6, NAMES),
      Pair.of(1, STRINGS));

  private static final Gen<Object> SCALARS = Generate.frequency(
      Pair.of(12, STRINGS.map(s -> (Object) s)),
      Pair.of(2, integers().all().map(i -> (Object) i)),
      Pair.of(1, longs().all().map(l -> (Object) l)),
      Pair.of(1, Generate.booleans().map(b -> (Object) b)),
      Pair.of(1, Generate.constant(() -> (Object) 0.5)),
      Pair.of(1, Generate.constant(() -> (Object) Long.MIN_VALUE)));

  @Test
  void whatBlockYamlWritesIsWhatSnakeyamlWrites() {
    AtomicInteger written = new AtomicInteger();
    AtomicInteger examples = new AtomicInteger();
    qt().withExamples(Integer.getInteger("qt.examples", 2000)).forAll(mappings(3)).checkAssert(tree -> {
      HasMetadata object = object(tree);
      examples.incrementAndGet();
      StringBuilder text = new StringBuilder();
      if (writeBlock(object, text)) {
        written.incrementAndGet();
        assertEquals(snakeyaml(object), text.toString(), () -> "for " + tree);
      }
    });
    // Mostly written, or the property says little about the writer.
    assertTrue(written.get() * 4 > examples.get(), written + " of " + examples + " written by BlockYaml");
  }

  @Test
  void renderedFleetsAreWrittenWithoutSnakeyaml() {
    for (PersistenceDocument document : List.of(SampleDocuments.kafka(), SampleDocuments.pubsub())) {
      for (HasMetadata object : Renderer.standard().render(document).objects().objects()) {
        StringBuilder text = new StringBuilder();
        assertTrue(writeBlock(object, text), () -> object.getKind() + " left to snakeyaml");
        assertEquals(snakeyaml(object), text.toString());
      }
    }
  }

  /** Edges the generator seldom reaches: long keys, deep nesting, ids snakeyaml writes natively. */
  @Test
  void edgeCasesAreWrittenAsSnakeyamlWritesThem() {
    List<HasMetadata> objects = new java.util.ArrayList<>();
    for (int length : new int[] {99, 100, 101, 127, 128, 129, 1000}) {
      objects.add(object(Map.of("k".repeat(length), "v")));
    }
    for (int depth : new int[] {60, 62, 63, 64, 65, 70}) {
      Object nested = "leaf";
      for (int i = 0; i < depth; i++) {
        nested = Map.of("n", nested);
      }
      objects.add(object(Map.of("n", nested)));
      objects.add(object(Map.of("l", List.of(nested))));
    }
    objects.add(new WithIds());
    for (HasMetadata object : objects) {
      StringWriter written = new StringWriter();
      try {
        KubernetesText.writeYaml(List.of(object), written);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      assertEquals(snakeyaml(object), written.toString());
    }
    assertTrue(!writeBlock(new WithIds(), new StringBuilder()), "type and object ids are snakeyaml's to write");
  }

  /** An object whose serialization holds a type id and an object id (as some CRD models do). */
  static final class WithIds extends GenericKubernetesResource {
    @com.fasterxml.jackson.annotation.JsonTypeInfo(use = com.fasterxml.jackson.annotation.JsonTypeInfo.Id.NAME,
        include = com.fasterxml.jackson.annotation.JsonTypeInfo.As.PROPERTY, property = "type")
    public Pet pet = new Pet();

    WithIds() {
      setApiVersion("example.com/v1");
      setKind("Thing");
      setMetadata(new ObjectMetaBuilder().withName("thing").build());
    }
  }

  @com.fasterxml.jackson.annotation.JsonIdentityInfo(
      generator = com.fasterxml.jackson.annotation.ObjectIdGenerators.IntSequenceGenerator.class, property = "id")
  static final class Pet {
    public String name = "x";
  }

  private static Gen<Object> values(int depth) {
    if (depth == 0) {
      return SCALARS;
    }
    Gen<Object> scalarList = lists().of(SCALARS).ofSizeBetween(0, 3).map(l -> (Object) l);
    Gen<Object> mappingList = lists().of(mappings(depth - 1)).ofSizeBetween(0, 3).map(l -> (Object) l);
    Gen<Object> listOfLists = lists().of(scalarList).ofSizeBetween(1, 2).map(l -> (Object) l);
    return Generate.frequency(
        Pair.of(6, SCALARS),
        Pair.of(2, mappings(depth - 1).map(m -> (Object) m)),
        Pair.of(2, scalarList),
        Pair.of(2, mappingList),
        Pair.of(1, Generate.constant(() -> (Object) null)),
        Pair.of(1, listOfLists));
  }

  private static Gen<Map<String, Object>> mappings(int depth) {
    Gen<Pair<String, Object>> entry = KEYS.zip(values(depth), Pair::of);
    return lists().of(entry).ofSizeBetween(0, 4).map(entries -> {
      Map<String, Object> map = new LinkedHashMap<>();
      entries.forEach(e -> map.put(e._1, e._2));
      return map;
    });
  }

  private static HasMetadata object(Map<String, Object> tree) {
    GenericKubernetesResource object = new GenericKubernetesResource();
    object.setApiVersion("example.com/v1");
    object.setKind("Thing");
    object.setMetadata(new ObjectMetaBuilder().withName("thing").build());
    tree.forEach(object::setAdditionalProperty);
    return object;
  }

  private static boolean writeBlock(HasMetadata object, StringBuilder text) {
    try {
      return KubernetesText.writeBlockYaml(object, text);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String snakeyaml(HasMetadata object) {
    StringWriter out = new StringWriter();
    try {
      KubernetesText.writeThroughSnakeyaml(object, out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }
}
