package io.bgpersistence.testing;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ProblemType;
import io.bgpersistence.model.ReadResult;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * What must hold for every document of the format (every field, from the model's shape) and every
 * input: round-trip, idempotent fmt, no crash.
 */
class DocumentFormatPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);

  @Test
  void everyDocumentSurvivesWriteThenRead() {
    qt().withExamples(EXAMPLES).forAll(DocumentGenerators.arbitraryDocuments()).checkAssert(doc -> {
      ReadResult back = DocumentReader.read(PersistenceJson.canonical(doc));
      assertTrue(back.ok(), () -> back.problems().toString());
      String written = PersistenceJson.canonical(doc);
      String rewritten = PersistenceJson.canonical(back.document().orElseThrow());
      assertEquals(written, rewritten, () -> firstDifference(written, rewritten));
      assertEquals(doc, back.document().orElseThrow());
      // Unknown fields are kept and named, never silently dropped.
      assertEquals(countUnknown(doc), back.warnings().size());
    });
  }

  /**
   * The reader binds through the model's builders, not Jackson's deserializers: from the same text
   * it must give the value Jackson's own binding of the model gives, for every document (with
   * optional fields written as null, too).
   */
  @Test
  void theReaderBindsAsJacksonDoes() {
    qt().withExamples(EXAMPLES).forAll(DocumentGenerators.arbitraryDocumentJson(), integers().between(0, 1))
        .checkAssert((tree, nulls) -> {
          if (nulls == 1) {
            tree.findParents("version").forEach(o -> ((ObjectNode) o).putNull("version"));
            tree.findParents("hpa_min_replicas").forEach(o -> ((ObjectNode) o).putNull("hpa_min_replicas"));
          }
          // The same bytes to both (a String with a lone surrogate would reach them differently).
          byte[] json = tree.toString().getBytes(StandardCharsets.UTF_8);
          PersistenceDocument jackson = assertDoesNotThrow(
              () -> PersistenceJson.mapper().readValue(json, PersistenceDocument.class));
          ReadResult ours = DocumentReader.read(json);
          assertTrue(ours.ok(), () -> ours.problems().toString());
          assertEquals(jackson, ours.document().orElseThrow());
        });
  }

  @Test
  void fmtOfFmtIsTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(DocumentGenerators.arbitraryDocuments()).checkAssert(doc -> {
      String once = PersistenceJson.canonical(doc);
      String twice = PersistenceJson.canonical(DocumentReader.read(once).document().orElseThrow());
      assertEquals(once, twice);
    });
  }

  @Test
  void anyBytesEndAsADocumentOrProblems() {
    Gen<byte[]> bytes = lists().of(integers().between(0, 255)).ofSizeBetween(0, 64).map(l -> {
      byte[] b = new byte[l.size()];
      for (int i = 0; i < b.length; i++) {
        b[i] = (byte) (int) l.get(i);
      }
      return b;
    });
    qt().withExamples(EXAMPLES).forAll(bytes).checkAssert(input -> assertEndsWell(DocumentReader.read(input)));
  }

  /** Mutations of a real document's text: far more likely than random bytes to get deep inside. */
  @Test
  void mutatedDocumentsEndAsADocumentOrProblems() {
    Gen<List<Integer>> edits = lists().of(integers().between(0, Integer.MAX_VALUE)).ofSizeBetween(1, 6);
    qt().withExamples(EXAMPLES).forAll(DocumentGenerators.arbitraryDocuments(), edits).checkAssert((doc, ops) -> {
      String mutated = mutate(PersistenceJson.canonical(doc), ops);
      ReadResult result = DocumentReader.read(mutated);
      assertEndsWell(result);
      // Whatever survives mutation as a document must itself round-trip.
      result.document().ifPresent(d ->
          assertEquals(d, DocumentReader.read(PersistenceJson.canonical(d)).document().orElseThrow()));
    });
  }

  /** Each op deletes, inserts or replaces one character; the inserted ones are JSON's own syntax. */
  static String mutate(String text, List<Integer> ops) {
    String alphabet = "{}[]\",:0-9.eE tnfu\\x";
    StringBuilder b = new StringBuilder(text);
    for (int op : ops) {
      int at = b.length() == 0 ? 0 : (op >>> 4) % b.length();
      char c = alphabet.charAt((op >>> 2) % alphabet.length());
      switch (op & 3) {
        case 0 -> {
          if (b.length() > 0) {
            b.deleteCharAt(at);
          }
        }
        case 1 -> b.insert(at, c);
        default -> {
          if (b.length() > 0) {
            b.setCharAt(at, c);
          }
        }
      }
    }
    return b.toString();
  }

  private static String firstDifference(String a, String b) {
    String[] x = a.split("\n");
    String[] y = b.split("\n");
    for (int i = 0; i < Math.min(x.length, y.length); i++) {
      if (!x[i].equals(y[i])) {
        return "line " + (i + 1) + ": " + x[i] + " | " + y[i];
      }
    }
    return "lengths " + x.length + " | " + y.length;
  }

  static void assertEndsWell(ReadResult result) {
    if (result.document().isPresent()) {
      assertTrue(result.ok(), "a document was returned alongside errors");
    } else {
      assertFalse(result.errors().isEmpty(), "neither a document nor an error");
      result.errors().forEach(p -> assertEquals(ProblemType.Malformed, p.type()));
    }
  }

  /** Unknown fields at every level, counted by walking the model's shape. */
  private static int countUnknown(PersistenceDocument doc) {
    return countUnknown(doc, ModelShape.document());
  }

  private static int countUnknown(Object value, ModelShape shape) {
    Map<String, JsonNode> unknown = shape.unknownFieldsOf(value);
    int n = unknown.size();
    for (ModelShape.Property p : shape.properties()) {
      n += countBelow(p.get(value), p.value());
    }
    return n;
  }

  private static int countBelow(Object value, ModelShape.ValueShape shape) {
    if (value instanceof Optional<?> o) {
      return o.map(v -> countBelow(v, shape)).orElse(0);
    }
    return switch (shape.kind()) {
      case OBJECT -> countUnknown(value, shape.object().orElseThrow());
      case LIST -> ((List<?>) value).stream().mapToInt(v -> countBelow(v, shape.element().orElseThrow())).sum();
      default -> 0;
    };
  }
}
