package io.bgpersistence.model;

import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.strings;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.Generate;

/**
 * Documents of any shape the format allows (not necessarily valid ones): any subset of fields,
 * any strings, unknown fields with nested values at every level. For format properties.
 */
final class ArbitraryDocuments {
  private static final Gen<String> TEXT = Generate.oneOf(
      strings().basicLatinAlphabet().ofLengthBetween(0, 12),
      // Any character a UTF-8 document can hold (lone surrogates cannot be written as UTF-8).
      strings().betweenCodePoints(0, 0xD7FF).ofLengthBetween(0, 6),
      Generate.pick(java.util.List.of("KAFKA", "PUBSUB", "200m", "1Gi", "<placeholder>", "s3://b", "é\"\\\n\t", "\uD83D\uDE80")));
  private static final Gen<Boolean> PRESENT = Generate.booleans();

  private ArbitraryDocuments() {}

  static Gen<PersistenceDocument> documents() {
    return in -> {
      PersistenceDocument.Builder doc = PersistenceDocument.builder();
      if (PRESENT.generate(in)) {
        CommonPersistenceSpecs.Builder common = CommonPersistenceSpecs.builder();
        for (Setting s : Setting.values()) {
          if (s.location() == Setting.Location.COMMON && PRESENT.generate(in)) {
            COMMON_SETTERS.get(s).accept(common, TEXT.generate(in));
          }
        }
        common.putAllUnknownFields(unknownFields().generate(in));
        doc.commonPersistenceSpecs(common.build());
      }
      for (Setting s : Setting.values()) {
        if (s.location() == Setting.Location.TOP && PRESENT.generate(in)) {
          TOP_SETTERS.get(s).accept(doc, TEXT.generate(in));
        }
      }
      int writers = integers().between(0, 3).generate(in);
      for (int i = 0; i < writers; i++) {
        doc.addWriters(writer().generate(in));
      }
      doc.putAllUnknownFields(unknownFields().generate(in));
      return doc.build();
    };
  }

  static Gen<WriterSpec> writer() {
    return in -> {
      WriterSpec.Builder w = WriterSpec.builder();
      optional(in, TEXT).ifPresent(w::name);
      optional(in, TEXT).ifPresent(w::busSubscriberType);
      optional(in, resources()).ifPresent(w::request);
      optional(in, resources()).ifPresent(w::limit);
      optional(in, TEXT).ifPresent(w::version);
      optional(in, integers().all()).ifPresent(w::defaultReplicaCount);
      w.putAllUnknownFields(unknownFields().generate(in));
      return w.build();
    };
  }

  static Gen<ResourceSpec> resources() {
    return in -> {
      ResourceSpec.Builder r = new ResourceSpec.Builder();
      optional(in, TEXT).ifPresent(r::cpu);
      optional(in, TEXT).ifPresent(r::memory);
      r.putAllUnknownFields(unknownFields().generate(in));
      return r.build();
    };
  }

  /** Unknown fields: names no model type defines, values of every JSON kind. */
  static Gen<Map<String, JsonNode>> unknownFields() {
    return in -> {
      Map<String, JsonNode> fields = new LinkedHashMap<>();
      int n = integers().between(0, 2).generate(in);
      for (int i = 0; i < n; i++) {
        fields.put("x_" + strings().basicLatinAlphabet().ofLengthBetween(0, 6).generate(in), json(in, 2));
      }
      return fields;
    };
  }

  private static JsonNode json(org.quicktheories.core.RandomnessSource in, int depth) {
    JsonNodeFactory f = JsonNodeFactory.instance;
    int kind = integers().between(0, depth > 0 ? 5 : 3).generate(in);
    switch (kind) {
      case 0:
        return f.textNode(TEXT.generate(in));
      case 1:
        return f.numberNode(integers().all().generate(in));
      case 2:
        return f.booleanNode(PRESENT.generate(in));
      case 3:
        return f.nullNode();
      case 4: {
        ObjectNode o = f.objectNode();
        o.set("k" + integers().between(0, 9).generate(in), json(in, depth - 1));
        return o;
      }
      default:
        return f.arrayNode().add(json(in, depth - 1)).add(json(in, depth - 1));
    }
  }

  private static <T> Optional<T> optional(org.quicktheories.core.RandomnessSource in, Gen<T> gen) {
    return PRESENT.generate(in) ? Optional.of(gen.generate(in)) : Optional.empty();
  }

  // The builders' setters, by Setting row, so that every setting is exercised without a switch.
  private static final Map<Setting, BiConsumer<CommonPersistenceSpecs.Builder, String>> COMMON_SETTERS =
      new LinkedHashMap<>();
  private static final Map<Setting, BiConsumer<PersistenceDocument.Builder, String>> TOP_SETTERS =
      new LinkedHashMap<>();

  static {
    for (Setting s : Setting.values()) {
      String method = toCamel(s.jsonName());
      try {
        if (s.location() == Setting.Location.COMMON) {
          var m = CommonPersistenceSpecs.Builder.class.getMethod(method, String.class);
          COMMON_SETTERS.put(s, (b, v) -> invoke(m, b, v));
        } else {
          var m = PersistenceDocument.Builder.class.getMethod(method, String.class);
          TOP_SETTERS.put(s, (b, v) -> invoke(m, b, v));
        }
      } catch (NoSuchMethodException e) {
        throw new AssertionError("no builder method for " + s, e);
      }
    }
  }

  private static String toCamel(String snake) {
    StringBuilder out = new StringBuilder();
    boolean upper = false;
    for (char c : snake.toCharArray()) {
      if (c == '_') {
        upper = true;
      } else {
        out.append(upper ? Character.toUpperCase(c) : c);
        upper = false;
      }
    }
    return out.toString();
  }

  private static void invoke(java.lang.reflect.Method m, Object target, String value) {
    try {
      m.invoke(target, value);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }
}
