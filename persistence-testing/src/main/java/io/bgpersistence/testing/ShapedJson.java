package io.bgpersistence.testing;

import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.ModelShape;
import org.quicktheories.core.Gen;
import org.quicktheories.core.RandomnessSource;
import org.quicktheories.generators.Generate;

/**
 * JSON trees of the document's shape, driven by {@link ModelShape}: every property of every object
 * type may appear, with a value of its JSON type (strings from the given generator), and unknown
 * fields of any kind sit beside them. A field added to the model is generated without a change here.
 */
final class ShapedJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  private static final Gen<Boolean> COIN = Generate.booleans();

  private final Gen<String> strings;

  ShapedJson(Gen<String> strings) {
    this.strings = strings;
  }

  /** A document tree: any subset of fields, 0 to 4 writers, unknown fields at every level. */
  Gen<ObjectNode> documents() {
    return in -> object(in, ModelShape.document(), 3);
  }

  private ObjectNode object(RandomnessSource in, ModelShape shape, int depth) {
    ObjectNode out = NODES.objectNode();
    for (ModelShape.Property p : shape.properties()) {
      boolean always = !p.isOptional();
      if (always || COIN.generate(in)) {
        out.set(p.jsonName(), value(in, p.value(), depth));
      }
    }
    int unknown = integers().between(0, 2).generate(in);
    for (int i = 0; i < unknown; i++) {
      out.set("x_" + Generate.pick(java.util.List.of("a", "b", "owner", "team", "z9")).generate(in) + i,
          anyJson(in, 2));
    }
    return out;
  }

  private JsonNode value(RandomnessSource in, ModelShape.ValueShape value, int depth) {
    return switch (value.kind()) {
      case STRING -> NODES.textNode(strings.generate(in));
      case INTEGER -> NODES.numberNode(integers().all().generate(in));
      case BOOLEAN -> NODES.booleanNode(COIN.generate(in));
      case INT_OR_STRING -> COIN.generate(in) ? NODES.numberNode(integers().between(-5, 200).generate(in))
          : NODES.textNode(strings.generate(in));
      case ANY -> anyJson(in, 2);
      case OBJECT -> object(in, value.object().orElseThrow(), depth - 1);
      case MAP -> {
        ObjectNode map = NODES.objectNode();
        int n = integers().between(0, 2).generate(in);
        for (int i = 0; i < n; i++) {
          map.set(strings.generate(in) + i, value(in, value.element().orElseThrow(), depth - 1));
        }
        yield map;
      }
      case LIST -> {
        ArrayNode list = NODES.arrayNode();
        int n = depth > 0 ? integers().between(0, 4).generate(in) : 0;
        for (int i = 0; i < n; i++) {
          list.add(value(in, value.element().orElseThrow(), depth - 1));
        }
        yield list;
      }
    };
  }

  private JsonNode anyJson(RandomnessSource in, int depth) {
    int kind = integers().between(0, depth > 0 ? 5 : 3).generate(in);
    return switch (kind) {
      case 0 -> NODES.textNode(strings.generate(in));
      case 1 -> NODES.numberNode(integers().all().generate(in));
      case 2 -> NODES.booleanNode(COIN.generate(in));
      case 3 -> NODES.nullNode();
      case 4 -> {
        ObjectNode o = NODES.objectNode();
        o.set("k" + integers().between(0, 9).generate(in), anyJson(in, depth - 1));
        yield o;
      }
      default -> NODES.arrayNode().add(anyJson(in, depth - 1)).add(anyJson(in, depth - 1));
    };
  }
}
