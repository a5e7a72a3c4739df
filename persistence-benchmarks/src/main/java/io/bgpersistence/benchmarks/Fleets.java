package io.bgpersistence.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Fleets of any size for the benchmarks: the shipped example's writers repeated, each copy with a
 * unique name, as compact JSON bytes (what a file of that fleet holds).
 */
final class Fleets {
  private static final ObjectMapper JSON = new ObjectMapper();

  private Fleets() {}

  /** The example with {@code writers} writers (12 is the example itself, as its bytes). */
  static byte[] ofWriters(int writers) throws IOException {
    byte[] example = ValidationBenchmark.resource("kafka-example.json");
    ObjectNode doc = (ObjectNode) JSON.readTree(example);
    ArrayNode own = (ArrayNode) doc.get("writers");
    if (writers == own.size()) {
      return example;
    }
    ArrayNode all = JSON.createArrayNode();
    for (int i = 0; i < writers; i++) {
      ObjectNode w = ((ObjectNode) own.get(i % own.size())).deepCopy();
      int copy = i / own.size();
      if (copy > 0) {
        w.put("name", w.get("name").asText() + "-" + copy);
      }
      all.add(w);
    }
    doc.set("writers", all);
    return JSON.writeValueAsBytes(doc);
  }

  /** A sink that keeps nothing: what is measured is producing the text, not storing it. */
  static final class Discard extends Writer {
    long chars;

    @Override
    public void write(char[] buf, int off, int len) {
      chars += len;
    }

    @Override
    public void write(String s, int off, int len) {
      chars += len;
    }

    @Override
    public void write(int c) {
      chars++;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }

  static JsonNode tree(byte[] bytes) throws IOException {
    return JSON.readTree(bytes);
  }
}
