package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Mutated documents, started from the shipped examples: byte flips, truncation, type changes, long
 * and unusual strings, invalid Unicode and planted secrets. Whatever the input: nothing throws, no
 * planted secret is in any message, a document that validates renders, deterministically, into YAML
 * and JSON that re-parse and agree, and fmt is idempotent and keeps every field. A fixed seed per
 * run ({@code -Dfuzz.seed}), {@code -Dfuzz.documents} of them (10,000 by default).
 */
class HostileInputFuzzTest {
  private static final int DOCUMENTS = Integer.getInteger("fuzz.documents", 10_000);
  private static final long SEED = Long.getLong("fuzz.seed", 20261129L);
  private static final String PROBE = "PLANTED-PROBE-7f3a";
  private static final ObjectMapper JSON = PersistenceJson.mapper();
  private static final YAMLMapper YAML = new YAMLMapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final List<String> SECRET_KEYS = List.of("kafka_sasl_secret", "db_password", "api_token",
      "client_credential", "x_secret");
  private static final List<String> STRANGE = List.of("", " ", "\t", "a-".repeat(1000) + "a", "a.".repeat(1400) + "a",
      "x\udbff\ue000y", "\ud800", "\u001b[31mred", "line\nbreak", "\u202eevil", "<placeholder>", "0", "-1", "1e3",
      "500m", "1.5Gi", "+1", ".5", "1E99", "ünïcödé", "😀", "\u0000", "x".repeat(300), "true", "null", "127.0.0.1:1",
      "[::1]:9092", "s3://bucket", "gs://b_b", "KAFKA", "PUBSUB", "registry.example.com/a/b:1@sha256:" + "a".repeat(64));

  private final DocumentValidator validator = DocumentValidator.standard();
  private final Renderer renderer = Renderer.standard();

  @Test
  void mutatedDocumentsNeverBreakAPromise() throws IOException {
    List<byte[]> seeds = new ArrayList<>();
    try (Stream<Path> files = Files.list(Path.of("..", "examples"))) {
      for (Path f : files.filter(p -> p.toString().endsWith(".json")).sorted().toList()) {
        seeds.add(Files.readAllBytes(f));
      }
    }
    assertFalse(seeds.isEmpty());
    Random random = new Random(SEED);
    int valid = 0;
    int malformed = 0;
    for (int i = 0; i < DOCUMENTS; i++) {
      byte[] seed = seeds.get(random.nextInt(seeds.size()));
      byte[] doc = mutate(seed, random);
      String label = "document " + i + " (seed " + SEED + ")";
      try {
        switch (check(doc, label)) {
          case VALID -> valid++;
          case MALFORMED -> malformed++;
          default -> { }
        }
      } catch (RuntimeException | Error e) {
        throw new AssertionError(label + " threw; input:\n" + new String(doc, StandardCharsets.UTF_8), e);
      }
    }
    // The mix is part of the test: a mutator that only ever broke the syntax would test little.
    assertTrue(valid > DOCUMENTS / 50, "valid documents: " + valid);
    assertTrue(malformed > DOCUMENTS / 50, "malformed documents: " + malformed);
    System.out.printf("fuzz: %d documents, %d valid, %d malformed, seed %d%n", DOCUMENTS, valid, malformed, SEED);
  }

  private enum Outcome { VALID, INVALID, MALFORMED }

  private Outcome check(byte[] doc, String label) throws IOException {
    ReadResult read = DocumentReader.read(doc);
    ValidationReport report = validator.validate(read);
    assertNoProbe(report.all(), label);
    if (read.document().isPresent()) {
      String canonical = PersistenceJson.canonical(read.document().get());
      ReadResult again = DocumentReader.read(canonical);
      assertEquals(canonical, PersistenceJson.canonical(again.document().orElseThrow()), label + ": fmt is idempotent");
      assertEquals(withWriters(normalized(JSON.readTree(doc))), normalized(JSON.readTree(canonical)),
          label + ": fmt keeps every field");
    }
    if (!report.ok()) {
      return read.document().isPresent() ? Outcome.INVALID : Outcome.MALFORMED;
    }
    RenderResult first = renderer.render(read, RenderOptions.defaults());
    assertTrue(first.ok(), label + ": a valid document renders: " + first.report().errors());
    RenderedObjects objects = first.objects();
    RenderedObjects second = renderer.render(DocumentReader.read(doc), RenderOptions.defaults()).objects();
    String yaml = objects.toYaml();
    String json = objects.toJson();
    assertEquals(yaml, second.toYaml(), label + ": deterministic YAML");
    assertEquals(json, second.toJson(), label + ": deterministic JSON");
    List<JsonNode> fromYaml = new ArrayList<>();
    try (var docs = YAML.readerFor(JsonNode.class).<JsonNode>readValues(yaml)) {
      docs.forEachRemaining(fromYaml::add);
    }
    List<JsonNode> fromJson = new ArrayList<>();
    JSON.readTree(json).get("items").forEach(fromJson::add);
    assertEquals(fromJson, fromYaml, label + ": YAML and JSON agree");
    return Outcome.VALID;
  }

  private static void assertNoProbe(List<FieldProblem> problems, String label) {
    StringWriter text = new StringWriter();
    StringWriter json = new StringWriter();
    List<FieldProblem> none = List.of();
    ProblemPrinter.text(problems, none, new PrintWriter(text));
    ProblemPrinter.json(problems, none, new PrintWriter(json));
    String all = text + "\n" + json + "\n" + problems;
    assertFalse(all.contains(PROBE), label + ": a planted secret in a message:\n" + all);
  }

  /** fmt writes the writers' list even when it is empty. */
  private static JsonNode withWriters(JsonNode root) {
    if (root instanceof ObjectNode object && !object.has("writers")) {
      object.putArray("writers");
    }
    return root;
  }

  /** The document as fmt promises to keep it: the alias under its contract name, nulls as absent. */
  private static JsonNode normalized(JsonNode node) {
    if (node instanceof ObjectNode object) {
      ObjectNode out = NODES.objectNode();
      for (Map.Entry<String, JsonNode> e : object.properties()) {
        if (!e.getValue().isNull()) {
          out.set(e.getKey().equals("common_specs") ? "common_persistence_specs" : e.getKey(), normalized(e.getValue()));
        }
      }
      return out;
    }
    if (node instanceof ArrayNode array) {
      ArrayNode out = NODES.arrayNode();
      array.forEach(e -> out.add(normalized(e)));
      return out;
    }
    return node;
  }

  // ---- mutations -------------------------------------------------------------------------------

  private static byte[] mutate(byte[] seed, Random random) throws IOException {
    int kind = random.nextInt(10);
    byte[] doc = kind < 6 ? structural(seed, random) : seed;
    if (random.nextInt(3) == 0) {
      doc = plantSecret(doc, random);
    }
    if (kind >= 4) {
      doc = bytes(doc, random);
    }
    return doc;
  }

  /** A change to the tree: a value of another type, a strange string, a field added or removed. */
  private static byte[] structural(byte[] seed, Random random) throws IOException {
    JsonNode tree = JSON.readTree(seed);
    int changes = 1 + random.nextInt(3);
    for (int c = 0; c < changes; c++) {
      List<JsonNode> containers = new ArrayList<>();
      collect(tree, containers);
      JsonNode target = containers.get(random.nextInt(containers.size()));
      if (target instanceof ObjectNode object && object.size() > 0) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        String name = names.get(random.nextInt(names.size()));
        switch (random.nextInt(4)) {
          case 0 -> object.set(name, randomValue(random));
          case 1 -> object.remove(name);
          case 2 -> object.set(STRANGE.get(random.nextInt(STRANGE.size())) + random.nextInt(9), randomValue(random));
          default -> object.put(name, STRANGE.get(random.nextInt(STRANGE.size())));
        }
      } else if (target instanceof ArrayNode array && array.size() > 0) {
        int index = random.nextInt(array.size());
        switch (random.nextInt(3)) {
          case 0 -> array.remove(index);
          case 1 -> array.add(array.get(index).deepCopy());
          default -> array.set(index, randomValue(random));
        }
      }
    }
    return JSON.writeValueAsBytes(tree);
  }

  private static void collect(JsonNode node, List<JsonNode> out) {
    if (node.isContainerNode()) {
      out.add(node);
      node.forEach(child -> collect(child, out));
    }
  }

  private static JsonNode randomValue(Random random) {
    return switch (random.nextInt(9)) {
      case 0 -> NODES.numberNode(random.nextInt(7) - 2);
      case 1 -> NODES.numberNode(new java.math.BigDecimal("1.0"));
      case 2 -> NODES.booleanNode(random.nextBoolean());
      case 3 -> NODES.nullNode();
      case 4 -> NODES.arrayNode().add(STRANGE.get(random.nextInt(STRANGE.size())));
      case 5 -> NODES.objectNode().put("k", 1.5);
      default -> NODES.textNode(STRANGE.get(random.nextInt(STRANGE.size())));
    };
  }

  /** A secret where the contract says values are secret, at the top or nested. */
  private static byte[] plantSecret(byte[] doc, Random random) {
    String text = new String(doc, StandardCharsets.UTF_8);
    int brace = text.indexOf('{');
    if (brace < 0) {
      return doc;
    }
    String key = SECRET_KEYS.get(random.nextInt(SECRET_KEYS.size()));
    String planted = random.nextBoolean()
        ? "\"" + key + "\": \"" + PROBE + "\", "
        : "\"nested\": {\"refresh_" + key + "\": \"" + PROBE + "\"}, ";
    if (key.equals("kafka_sasl_secret") && text.contains("\"kafka_sasl_secret\"")) {
      return text.replaceFirst("\"kafka_sasl_secret\": \"[^\"]*\"", "\"kafka_sasl_secret\": \"" + PROBE + "\"")
          .getBytes(StandardCharsets.UTF_8);
    }
    return (text.substring(0, brace + 1) + planted + text.substring(brace + 1)).getBytes(StandardCharsets.UTF_8);
  }

  /** A change to the bytes: flips, truncation, insertions of odd bytes, invalid UTF-8 and escapes. */
  private static byte[] bytes(byte[] doc, Random random) {
    byte[] out = doc.clone();
    switch (random.nextInt(6)) {
      case 0 -> {
        for (int k = 1 + random.nextInt(3); k > 0 && out.length > 0; k--) {
          out[random.nextInt(out.length)] ^= (byte) (1 << random.nextInt(8));
        }
      }
      case 1 -> out = java.util.Arrays.copyOf(out, random.nextInt(out.length + 1));
      case 2 -> out = insert(out, random, new byte[] {(byte) 0xff, (byte) 0xc3});
      case 3 -> out = insert(out, random, "\\ud800".getBytes(StandardCharsets.UTF_8));
      case 4 -> out = insert(out, random, new byte[] {"{[]}\",:\\".getBytes(StandardCharsets.UTF_8)[random.nextInt(8)]});
      default -> out = insert(out, random, "\u001b[2J\n".getBytes(StandardCharsets.UTF_8));
    }
    return out;
  }

  private static byte[] insert(byte[] doc, Random random, byte[] piece) {
    int at = random.nextInt(doc.length + 1);
    byte[] out = new byte[doc.length + piece.length];
    System.arraycopy(doc, 0, out, 0, at);
    System.arraycopy(piece, 0, out, at, piece.length);
    System.arraycopy(doc, at, out, at + piece.length, doc.length - at);
    return out;
  }
}
