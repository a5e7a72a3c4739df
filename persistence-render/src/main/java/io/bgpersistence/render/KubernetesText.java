package io.bgpersistence.render;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import io.bgpersistence.model.PersistenceJson;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.List;

/**
 * The one configured serializer of rendered objects (fabric8's model annotations fix the key
 * order). YAML: one {@code ---} document per object. JSON: a {@code v1 List}, two-space indent.
 */
final class KubernetesText {
  /**
   * The one mapper of the fabric8 beans: plain JSON, what checksums hash, and (through a YAML
   * generator) the YAML text. One mapper, so each bean class's serializer is built once per run,
   * not once per output format: building them is most of a cold render's writing time.
   */
  static final ObjectMapper JSON =
      WritePlans.mapperBuilder().serializerFactory(new PlannedSerializers(WritePlans.readStored())).build();

  /** Initializes this class, so its mapper; nothing more. */
  static void prepare() {
    // Class initialization did the work: the JVM runs it once, and other threads wait for it.
  }

  private static final ObjectWriter JSON_PRETTY = JSON.writer(PersistenceJson.prettyPrinter());

  private static final ObjectWriter YAML = JSON.writer().without(JsonGenerator.Feature.AUTO_CLOSE_TARGET);

  private static final StringQuotingChecker QUOTING = new ConservativeQuoting();

  private static final YAMLFactory YAML_FACTORY = YAMLFactory.builder()
      .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
      .stringQuotingChecker(QUOTING)
      // "1", "true", "0755" stay strings when read back (label values, ConfigMap data).
      .enable(YAMLGenerator.Feature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
      .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
      .disable(YAMLGenerator.Feature.SPLIT_LINES)
      .build();

  private KubernetesText() {}

  /**
   * Plain scalars only for values that read back as the same string in every YAML dialect the
   * cluster tooling uses (1.1 and 1.2): starting with a letter or '/', of a small alphabet, and not
   * a 1.1 keyword. Everything else is quoted: {@code "12:30"} (1.1 sexagesimal), {@code "0o17"},
   * {@code "200m"}, {@code "="}, {@code "<<"}.
   */
  private static final class ConservativeQuoting extends StringQuotingChecker.Default {
    private static final long serialVersionUID = 1L;
    private static final java.util.Set<String> KEYWORDS = java.util.Set.of(
        "y", "n", "yes", "no", "on", "off", "true", "false", "null", "nan", "inf");
    private static final int LONGEST_KEYWORD = 5;

    @Override
    public boolean needToQuoteValue(String value) {
      // Cheapest test first: it is made for every string of every object written.
      return !plain(value) || value.endsWith(":")
          || value.length() <= LONGEST_KEYWORD && KEYWORDS.contains(value.toLowerCase(java.util.Locale.ROOT))
          || super.needToQuoteValue(value);
    }

    /** {@code [A-Za-z/][A-Za-z0-9._/@:+-]*}, without a regex (this runs for every value). */
    private static boolean plain(String value) {
      if (value.isEmpty() || !(letter(value.charAt(0)) || value.charAt(0) == '/')) {
        return false;
      }
      for (int i = 1; i < value.length(); i++) {
        char c = value.charAt(i);
        if (!(letter(c) || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '/' || c == '@'
            || c == ':' || c == '+' || c == '-')) {
          return false;
        }
      }
      return true;
    }

    private static boolean letter(char c) {
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
    }
  }

  /**
   * A YAML stream: each object its own document, starting with {@code ---}.
   *
   * @param objects the objects, in order
   * @return the YAML text
   */
  public static String yaml(Iterable<? extends HasMetadata> objects) {
    return text(out -> writeYaml(objects, out));
  }

  /**
   * The same YAML stream as {@link #yaml}, written object by object to {@code out} (not closed):
   * the whole text is never held. Each object is its own document, so the bytes are those of
   * {@link #yaml}.
   */
  public static void writeYaml(Iterable<? extends HasMetadata> objects, Writer out) throws IOException {
    StringBuilder text = new StringBuilder(4096);
    for (HasMetadata o : objects) {
      text.setLength(0);
      if (writeBlockYaml(o, text)) {
        out.append(text);
      } else {
        writeThroughSnakeyaml(o, out);
      }
    }
    out.flush();
  }

  /**
   * One object as its YAML document, appended to {@code text} by {@link BlockYaml}; false when the
   * object holds what only snakeyaml writes (the text appended is then incomplete).
   */
  static boolean writeBlockYaml(HasMetadata object, StringBuilder text) throws IOException {
    BlockYaml block = new BlockYaml(text, QUOTING);
    YAML.writeValue(block, object);
    return !block.leftOut();
  }

  /**
   * One object as its YAML document, through snakeyaml: the reference {@link BlockYaml} matches,
   * and the writer of what it leaves out.
   */
  static void writeThroughSnakeyaml(HasMetadata object, Writer out) throws IOException {
    try (JsonGenerator g = YAML_FACTORY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      YAML.writeValue(g, object);
    }
  }

  /**
   * The same {@code v1 List} as {@link #json}, written item by item to {@code out} (not closed),
   * without building the whole tree or text.
   */
  public static void writeJson(Iterable<? extends HasMetadata> objects, Writer out) throws IOException {
    try (JsonGenerator g = JSON_PRETTY.createGenerator(out)) {
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
      // Cut short by a fault, the list stays unclosed: not a valid list that lacks objects.
      g.disable(JsonGenerator.Feature.AUTO_CLOSE_JSON_CONTENT);
      g.writeStartObject();
      g.writeStringField("apiVersion", "v1");
      g.writeStringField("kind", "List");
      g.writeArrayFieldStart("items");
      for (HasMetadata o : objects) {
        g.writeObject(o);
      }
      g.writeEndArray();
      g.writeEndObject();
    }
    out.write('\n');
    out.flush();
  }

  /**
   * A {@code v1 List} holding the objects, as kubectl prints it.
   *
   * @param objects the objects, in order
   * @return the JSON text
   */
  public static String json(Iterable<? extends HasMetadata> objects) {
    return text(out -> writeJson(objects, out));
  }

  /** Any JSON tree, in the two-space form of {@link #json}. */
  static String pretty(JsonNode tree) {
    return write(JSON_PRETTY, tree);
  }

  /**
   * One object as a JSON tree, e.g. for schema checks and diffs.
   *
   * @param object the Kubernetes object to convert; it is not changed
   * @return a new tree
   */

  public static ObjectNode tree(HasMetadata object) {
    return JSON.valueToTree(object);
  }

  /** A deep copy through JSON (the beans have no copy constructor that goes deep). */
  static HasMetadata copy(HasMetadata object) {
    try {
      return JSON.treeToValue(tree(object), object.getClass());
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot copy " + object.getClass().getSimpleName(), e);
    }
  }

  private interface TextWriting {
    void writeTo(Writer out) throws IOException;
  }

  private static String text(TextWriting writing) {
    StringWriter out = new StringWriter();
    try {
      writing.writeTo(out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);  // a StringWriter does not fail
    }
    return out.toString();
  }

  private static String write(ObjectWriter writer, Object value) {
    try {
      return writer.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      // fabric8 model objects built by the renderer always serialize.
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }
}
