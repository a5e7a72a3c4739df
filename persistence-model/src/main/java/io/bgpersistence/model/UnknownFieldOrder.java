package io.bgpersistence.model;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Puts unknown fields back in the order the input had them. Immutables' generated Jackson
 * binding collects any-setter fields in a {@code HashMap}, which loses their order; the tree we
 * parsed still has it, and "kept in order and written back" is a promise of the format. The
 * values are the parsed tree's own nodes too: binding re-creates numbers, which would lose their
 * text ({@code 1.0} would come back as {@code 1}).
 */
final class UnknownFieldOrder {
  private UnknownFieldOrder() {}

  static PersistenceDocument restore(PersistenceDocument doc, JsonNode tree) {
    ImmutablePersistenceDocument d = (ImmutablePersistenceDocument) doc;
    JsonNode common = tree.has("common_persistence_specs") ? tree.get("common_persistence_specs") : tree.get("common_specs");
    if (d.commonPersistenceSpecs().isPresent() && common != null) {
      ImmutableCommonPersistenceSpecs c = (ImmutableCommonPersistenceSpecs) d.commonPersistenceSpecs().get();
      d = d.withCommonPersistenceSpecs(c.withUnknownFields(ordered(c.unknownFields(), common)));
    }
    List<WriterSpec> writers = new ArrayList<>();
    JsonNode writerNodes = tree.path("writers");
    for (int i = 0; i < d.writers().size(); i++) {
      writers.add(restore(d.writers().get(i), writerNodes.path(i)));
    }
    return d.withWriters(writers).withUnknownFields(ordered(d.unknownFields(), tree));
  }

  private static WriterSpec restore(WriterSpec writer, JsonNode node) {
    ImmutableWriterSpec w = (ImmutableWriterSpec) writer;
    if (w.request().isPresent()) {
      w = w.withRequest(restore(w.request().get(), node.path("request")));
    }
    if (w.limit().isPresent()) {
      w = w.withLimit(restore(w.limit().get(), node.path("limit")));
    }
    return w.withUnknownFields(ordered(w.unknownFields(), node));
  }

  private static ResourceSpec restore(ResourceSpec resource, JsonNode node) {
    ImmutableResourceSpec r = (ImmutableResourceSpec) resource;
    return r.withUnknownFields(ordered(r.unknownFields(), node));
  }

  private static Map<String, JsonNode> ordered(Map<String, JsonNode> fields, JsonNode node) {
    if (fields.isEmpty()) {
      return fields;
    }
    Map<String, JsonNode> out = new LinkedHashMap<>();
    node.fieldNames().forEachRemaining(name -> {
      if (fields.containsKey(name)) {
        out.put(name, node.get(name));
      }
    });
    fields.forEach(out::putIfAbsent);
    return out;
  }
}
