package io.bgpersistence.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads a document from JSON and never throws for bad input: malformed JSON, a wrong JSON type,
 * a duplicate key or an input past the limits of {@link PersistenceJson} each become a
 * {@link ProblemType#Malformed} problem with its path, line and column; fields the format does
 * not define become {@link ProblemType#Unknown} warnings and are kept.
 *
 * <p>Three passes: parse into a tree while remembering where each value starts; check every
 * value's JSON type against the model's declared types (so that all type errors are reported at
 * once, not only Jackson's first); bind the checked tree to the model. The items of the document's
 * lists (its writers) are checked and bound each as soon as it is parsed, while it is in the
 * processor's cache.
 */
public final class DocumentReader {
  /** The origin of a duplicate key's problem: the first value is read, and the second is not. */
  static final String DUPLICATE_KEY = "duplicate-key";
  /** More values that cannot be read than this, and the rest of the document is not checked. */
  static final int MAX_LEFT_OUT = 100;
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private DocumentReader() {}

  /**
   * Reads a file, a pipe or a device alike: at most {@link PersistenceJson#MAX_DOCUMENT_BYTES} are
   * read, whatever size the file claims. Only I/O failures throw: a user-facing tool reports those
   * as unreadable.
   *
   * @param file the file to read; a pipe or a device works too
   * @return reads a file, a pipe or a device alike: at most {@link PersistenceJson#MAX_DOCUMENT_BYTES} are read, whatever size the file claims
   * @throws IOException when the input cannot be read
   */
  public static ReadResult read(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return read(in);
    }
  }

  /**
   * Reads a stream (standard input, say) under the same limit; the caller closes it.
   *
   * @param in the input to read up to the limit; left open
   * @return reads a stream (standard input, say) under the same limit; the caller closes it
   * @throws IOException when the input cannot be read
   */
  public static ReadResult read(InputStream in) throws IOException {
    byte[] bytes = in.readNBytes(PersistenceJson.MAX_DOCUMENT_BYTES + 1);
    return bytes.length > PersistenceJson.MAX_DOCUMENT_BYTES ? tooLarge() : readOwn(bytes);
  }

  /**
   * Reads a document from text.
   *
   * @param json the document
   * @return the document or its problems
   */
  public static ReadResult read(String json) {
    return readOwn(java.util.Objects.requireNonNull(json, "json").getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Reads a document from UTF-8 bytes.
   *
   * @param json the document
   * @return the document or its problems
   */
  public static ReadResult read(byte[] json) {
    // The result keeps the input (to place problems later): a copy, as the caller may reuse its buffer.
    return json.length > PersistenceJson.MAX_DOCUMENT_BYTES ? tooLarge() : readOwn(json.clone());
  }

  /** Reads bytes that no one else holds. */
  private static ReadResult readOwn(byte[] json) {
    // Line and column are for problems only: most documents have none, and noting where every
    // value of a large fleet is was most of reading it. The first reading notes nothing and stops
    // at the first problem; a document with problems is read again, noting where each one is.
    try {
      return read(json, new Unlocated(), new NoProblemExpected(), true);
    } catch (ProblemFound e) {
      return read(json, new HashMap<>(), new ArrayList<>(), false);
    }
  }

  /** Notes where each value of the input is (for {@link InputPlaces}): the first pass alone. */
  static void locate(byte[] json, Map<FieldPath, JsonLocation> into) {
    try (JsonParser parser = PersistenceJson.factory().createParser(json)) {
      if (parser.nextToken() != null) {
        readValue(parser, FieldPath.ROOT, into, new ArrayList<>(), new Cursor());
      }
    } catch (IOException e) {
      // Input that was read once already: what was located before a fault stays located.
    }
  }

  /** The first reading's problem list: the first problem ends that reading. */
  private static final class NoProblemExpected extends java.util.AbstractList<FieldProblem> {
    @Override
    public boolean add(FieldProblem problem) {
      throw new ProblemFound();
    }

    @Override
    public FieldProblem get(int index) {
      throw new IndexOutOfBoundsException(index);
    }

    @Override
    public int size() {
      return 0;
    }
  }

  /** Ends the first reading: the document has a problem, to be located by a second one. */
  private static final class ProblemFound extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ProblemFound() {
      super(null, null, false, false);
    }
  }

  /** Where values are, forgotten: for the first reading, which usually finds no problem. */
  private static final class Unlocated extends java.util.AbstractMap<FieldPath, JsonLocation> {
    @Override
    public JsonLocation put(FieldPath key, JsonLocation value) {
      return null;
    }

    @Override
    public java.util.Set<Map.Entry<FieldPath, JsonLocation>> entrySet() {
      return java.util.Set.of();
    }
  }

  /**
   * Reads in the three passes. With {@code itemsEarly} (the first reading, which ends at the first
   * problem), the items of the document's lists (its writers) are checked and bound each as soon as
   * it is parsed ({@link EarlyItems}); a reading that reports problems keeps the whole tree, to
   * leave out what it cannot take and bind the rest.
   */
  private static ReadResult read(byte[] json, Map<FieldPath, JsonLocation> locations,
      List<FieldProblem> problems, boolean itemsEarly) {
    JsonNode tree;
    JsonParser parser = null;
    Map<FieldPath, FieldPath> spelled = new HashMap<>();
    Cursor cursor = new Cursor();
    cursor.early = itemsEarly ? new EarlyItems(locations, problems, spelled) : null;
    try {
      parser = PersistenceJson.factory().createParser(json);
      if (parser.nextToken() == null) {
        problems.add(FieldProblem.malformed(FieldPath.ROOT, "the input is empty: expected a JSON object", 1, 1));
        return new ReadResult(Optional.empty(), problems);
      }
      tree = readValue(parser, FieldPath.ROOT, locations, problems, cursor);
      cursor.at = FieldPath.ROOT;
      if (parser.nextToken() != null) {
        JsonLocation at = parser.currentTokenLocation();
        problems.add(FieldProblem.malformed(FieldPath.ROOT, "unexpected content after the document's end",
            at.getLineNr(), at.getColumnNr()));
      }
    } catch (JacksonException e) {
      // In the project's words, located at the field the parser was in; never the parser's own
      // message, which names its internals and can quote the input around the error.
      problems.add(ParseProblems.looksLikeYaml(json)
          ? FieldProblem.malformed(FieldPath.ROOT, "the input is not JSON (it looks like YAML): bpctl reads "
              + "JSON documents; convert it first (e.g. yq -o=json)", 1, 1)
          : ParseProblems.of(e, parser, cursor.at));
      return new ReadResult(Optional.empty(), problems);
    } catch (IOException e) {
      // Jackson's encoding detection (UTF-16, UTF-32) reports a bad byte sequence this way.
      problems.add(FieldProblem.malformed(FieldPath.ROOT, "the input is not valid UTF-8 text", 0, 0));
      return new ReadResult(Optional.empty(), problems);
    } finally {
      closeQuietly(parser);
    }

    checkObjectRoot(tree, locations, problems, spelled);
    InputPlaces places = new InputPlaces(json, spelled);
    if (problems.stream().anyMatch(FieldProblem::isError)) {
      return new ReadResult(Optional.empty(), problems, readablePart(tree, problems), places);
    }
    try {
      Map<String, List<Object>> bound = cursor.early != null ? cursor.early.bound : Map.of();
      return new ReadResult(Optional.of(TreeBinding.document(tree, bound)), problems, Optional.empty(), places);
    } catch (RuntimeException e) {
      // The shape check should have caught everything binding can reject; keep the promise anyway.
      problems.add(FieldProblem.malformed(FieldPath.ROOT, "cannot read the document ("
          + e.getClass().getSimpleName() + ")", 0, 0));
      return new ReadResult(Optional.empty(), problems);
    }
  }

  /**
   * The document without the values reading could not take, so that validation can report every
   * other problem beside them. A list item left out becomes an empty one (an empty object binds as
   * a value of no fields), so later items keep their index; a list of plain values that cannot
   * take one gives no readable part, as does a problem with the document as a whole, or more
   * values left out than {@link #MAX_LEFT_OUT} (hostile input: checking the rest would only bury
   * reading's errors). A duplicate key leaves nothing out: its first value is the one read.
   */
  private static Optional<ReadablePart> readablePart(JsonNode tree, List<FieldProblem> problems) {
    if (!tree.isObject()) {
      return Optional.empty();
    }
    Set<FieldPath> leftOut = new HashSet<>();
    for (FieldProblem problem : problems) {
      if (problem.isError() && !problem.origin().equals(DUPLICATE_KEY)) {
        if (leftOut.size() == MAX_LEFT_OUT || !leaveOut((ObjectNode) tree, problem.path())) {
          return Optional.empty();
        }
        leftOut.add(problem.path());
      }
    }
    try {
      return Optional.of(new ReadablePart(TreeBinding.document(tree), leftOut));
    } catch (RuntimeException e) {
      return Optional.empty();  // the errors stand on their own, as before
    }
  }

  /** Leaves out the value at {@code path}; false when the path is the whole document. */
  private static boolean leaveOut(ObjectNode root, FieldPath path) {
    if (path.isRoot()) {
      return false;
    }
    JsonNode parent = root;
    for (FieldPath step : path.parent().segments()) {
      parent = step.isIndex() ? parent.path(step.lastIndex()) : parent.path(step.lastName());
    }
    if (parent instanceof ObjectNode object && !path.isIndex()) {
      object.remove(path.lastName());
    } else if (parent instanceof ArrayNode array && path.isIndex() && path.lastIndex() < array.size()) {
      array.set(path.lastIndex(), NODES.objectNode());
    }
    return true;
  }

  private static void closeQuietly(JsonParser parser) {
    if (parser != null) {
      try {
        parser.close();
      } catch (IOException e) {
        // A parser over a byte array holds nothing that can fail to close.
      }
    }
  }

  private static ReadResult tooLarge() {
    return new ReadResult(Optional.empty(), List.of(FieldProblem.malformed(FieldPath.ROOT,
        "the input is larger than " + PersistenceJson.MAX_DOCUMENT_BYTES + " bytes", 1, 1)));
  }

  private static void checkObjectRoot(JsonNode tree, Map<FieldPath, JsonLocation> locations,
      List<FieldProblem> problems, Map<FieldPath, FieldPath> spelled) {
    if (!tree.isObject()) {
      wrongType(tree, "an object", FieldPath.ROOT, locations, problems);
      return;
    }
    checkObject(tree, ModelShape.document(), FieldPath.ROOT, locations, problems, spelled);
  }

  /**
   * One reading's state: where it is (the value being read, or the object or list whose next
   * member is: a fault there, a field name in single quotes say, is the object's, not the field
   * before's), and the string values it has read.
   */
  private static final class Cursor {
    /** Longer strings are rarely repeated; names, types, quantities and settings are short. */
    private static final int SHARED_LENGTH = 64;
    /** Past this many, only strings already seen are shared: hostile input cannot grow the map. */
    private static final int SHARED_COUNT = 4096;

    FieldPath at = FieldPath.ROOT;
    /** Null but in the first reading. */
    EarlyItems early;
    private final Map<String, String> strings = new HashMap<>();

    /**
     * One instance of each short string value the input repeats: a fleet's writers repeat most of
     * theirs (types, quantities, pools), and the model, the resolved fleet and the cache then hold
     * each once (a 10,000-writer document's strings were four fifths of it).
     */
    String once(String text) {
      if (text.length() > SHARED_LENGTH) {
        return text;
      }
      String seen = strings.size() < SHARED_COUNT ? strings.putIfAbsent(text, text) : strings.get(text);
      return seen != null ? seen : text;
    }
  }

  /**
   * The first reading's items of the document's lists (its writers and observability daemons):
   * each is checked against its shape and bound to the model as soon as it is parsed, while it is
   * still in the processor's cache, and is not kept in the tree. Checking and binding the whole tree afterwards
   * read a fleet of thousands of writers from memory twice more: reading 10,000 writers took 1.6
   * times as long per writer as reading 1,000, and now takes 1.0 to 1.06 times. A list given under
   * an alias is read as before.
   */
  private static final class EarlyItems {
    private final Map<FieldPath, JsonLocation> locations;
    private final List<FieldProblem> problems;
    private final Map<FieldPath, FieldPath> spelled;
    /** Each list's items, bound, by the list's JSON name. */
    final Map<String, List<Object>> bound = new HashMap<>();

    EarlyItems(Map<FieldPath, JsonLocation> locations, List<FieldProblem> problems, Map<FieldPath, FieldPath> spelled) {
      this.locations = locations;
      this.problems = problems;
      this.spelled = spelled;
    }

    /** The shape of the items of the list at {@code at}, when it is one of the document's own. */
    Optional<ModelShape.ValueShape> itemsAt(FieldPath at) {
      if (at.isRoot() || at.isIndex() || !at.parent().isRoot()) {
        return Optional.empty();
      }
      return ModelShape.document().property(at.lastName())
          .filter(p -> p.jsonName().equals(at.lastName()) && p.value().kind() == ModelShape.Kind.LIST)
          .flatMap(p -> p.value().element());
    }

    void checkAndBind(FieldPath list, int index, JsonNode item, ModelShape.ValueShape shape) {
      checkValue(item, shape, list.index(index), locations, problems, spelled);
      Object value;
      try {
        value = TreeBinding.value(item, shape);
      } catch (RuntimeException e) {
        // As in binding the whole tree: the reading that reports problems says it could not.
        throw new ProblemFound();
      }
      bound.computeIfAbsent(list.lastName(), name -> new ArrayList<>()).add(value);
    }
  }

  /**
   * The next token of the object or list at {@code at}, with the cursor on that container; on a
   * fault, on the field whose name the parser had just read (it reads a value's start with its name).
   */
  private static JsonToken nextIn(JsonParser p, FieldPath at, Cursor cursor) throws IOException {
    cursor.at = at;
    com.fasterxml.jackson.core.JsonStreamContext context = p.getParsingContext();
    String before = context.getCurrentName();
    try {
      return p.nextToken();
    } catch (JacksonException e) {
      String name = context.getCurrentName();
      if (context.inObject() && name != null && !name.equals(before)) {
        cursor.at = at.child(name);
      }
      throw e;
    }
  }

  // ---- pass 1: a tree with locations, duplicate keys reported --------------------------------

  private static JsonNode readValue(JsonParser p, FieldPath at, Map<FieldPath, JsonLocation> locations,
      List<FieldProblem> problems, Cursor cursor) throws IOException {
    cursor.at = at;
    if (!(locations instanceof Unlocated)) {
      // The first reading notes no place: a location made for every value was a tenth of its garbage.
      locations.put(at, p.currentTokenLocation());
    }
    switch (p.currentToken()) {
      case START_OBJECT -> {
        ObjectNode object = NODES.objectNode();
        while (nextIn(p, at, cursor) == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation keyAt = p.currentTokenLocation();
          FieldPath child = at.child(name);
          cursor.at = child;
          p.nextToken();
          if (ParseProblems.hasLoneSurrogate(name)) {
            problems.add(ParseProblems.invalidUnicode(child, keyAt, true));
          }
          if (object.has(name)) {
            // Keep the first value: quietly taking the last is how a typo'd copy wins.
            readValue(p, at.child(name), new HashMap<>(), new ArrayList<>(), cursor);
            problems.add(duplicateKey(FieldProblem.malformed(child, "duplicate key \"" + name + "\"",
                keyAt.getLineNr(), keyAt.getColumnNr())));
          } else {
            object.set(name, readValue(p, child, locations, problems, cursor));
          }
        }
        return object;
      }
      case START_ARRAY -> {
        ArrayNode array = NODES.arrayNode();
        Optional<ModelShape.ValueShape> early = cursor.early != null ? cursor.early.itemsAt(at) : Optional.empty();
        int i = 0;
        while (nextIn(p, at, cursor) != JsonToken.END_ARRAY) {
          JsonNode item = readValue(p, at.index(i), locations, problems, cursor);
          if (early.isPresent()) {
            cursor.early.checkAndBind(at, i, item, early.get());
          } else {
            array.add(item);
          }
          i++;
        }
        return array;
      }
      case VALUE_STRING -> {
        String text = cursor.once(p.getText());
        if (ParseProblems.hasLoneSurrogate(text)) {
          problems.add(ParseProblems.invalidUnicode(at, p.currentTokenLocation(), false));
        }
        return NODES.textNode(text);
      }
      case VALUE_NUMBER_INT -> {
        JsonNode number = switch (p.getNumberType()) {
          case INT -> NODES.numberNode(p.getIntValue());
          case LONG -> NODES.numberNode(p.getLongValue());
          default -> NODES.numberNode(p.getBigIntegerValue());
        };
        String text = p.getText();
        return number.asText().equals(text) ? number : LiteralNumbers.integer(p.getBigIntegerValue(), text);
      }
      case VALUE_NUMBER_FLOAT -> {
        String text = p.getText();
        try {
          return LiteralNumbers.decimal(p.getDecimalValue(), text);
        } catch (NumberFormatException e) {
          problems.add(ParseProblems.numberOutOfRange(at, p.currentTokenLocation()));
          return NODES.nullNode();
        }
      }
      case VALUE_TRUE, VALUE_FALSE -> {
        return NODES.booleanNode(p.getBooleanValue());
      }
      case VALUE_NULL -> {
        return NODES.nullNode();
      }
      default -> throw new IllegalStateException("unexpected token " + p.currentToken());
    }
  }

  // ---- pass 2: every value's JSON type against the model's shape -----------------------------

  private static void checkValue(JsonNode node, ModelShape.ValueShape expected, FieldPath at,
      Map<FieldPath, JsonLocation> locations, List<FieldProblem> problems, Map<FieldPath, FieldPath> spelled) {
    switch (expected.kind()) {
      case STRING -> {
        if (!node.isTextual()) {
          wrongType(node, "a string", at, locations, problems);
        }
      }
      case INTEGER -> {
        if (!isInt(node)) {
          wrongType(node, "a whole number", at, locations, problems);
        }
      }
      case BOOLEAN -> {
        if (!node.isBoolean()) {
          wrongType(node, "true or false", at, locations, problems);
        }
      }
      case INT_OR_STRING -> {
        if (!node.isTextual() && !isInt(node)) {
          wrongType(node, "a whole number or a string", at, locations, problems);
        }
      }
      case ANY -> { }
      case OBJECT -> {
        if (!node.isObject()) {
          wrongType(node, "an object", at, locations, problems);
          return;
        }
        checkObject(node, expected.object().orElseThrow(), at, locations, problems, spelled);
      }
      case MAP -> {
        if (!node.isObject()) {
          wrongType(node, "an object", at, locations, problems);
          return;
        }
        ModelShape.ValueShape values = expected.element().orElseThrow();
        node.fields().forEachRemaining(e -> checkValue(e.getValue(), values, at.key(e.getKey()), locations, problems, spelled));
      }
      case LIST -> {
        if (!node.isArray()) {
          wrongType(node, "an array", at, locations, problems);
          return;
        }
        ModelShape.ValueShape items = expected.element().orElseThrow();
        for (int i = 0; i < node.size(); i++) {
          checkValue(node.get(i), items, at.index(i), locations, problems, spelled);
        }
      }
      default -> throw new IllegalStateException("unhandled kind " + expected.kind());
    }
  }

  private static boolean isInt(JsonNode node) {
    return node.isIntegralNumber() && node.canConvertToInt();
  }

  private static void checkObject(JsonNode node, ModelShape shape, FieldPath at,
      Map<FieldPath, JsonLocation> locations, List<FieldProblem> problems, Map<FieldPath, FieldPath> spelled) {
    Map<String, String> seenAs = new HashMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> field = it.next();
      String name = field.getKey();
      FieldPath child = at.child(name);
      Optional<ModelShape.Property> property = shape.property(name);
      if (property.isEmpty()) {
        problems.add(located(FieldProblem.unknown(child, shape.jsonNames()), child, locations));
        continue;
      }
      String earlier = seenAs.putIfAbsent(property.get().jsonName(), name);
      if (earlier != null) {
        JsonLocation where = locations.get(child);
        problems.add(duplicateKey(FieldProblem.malformed(child, "\"" + name + "\" and \"" + earlier
            + "\" are the same field, given twice", line(where), column(where))));
        it.remove();  // as with a duplicate key, the first is the one read
        continue;
      }
      if (!name.equals(property.get().jsonName())) {
        spelled.put(modelPath(at, spelled).child(property.get().jsonName()), child);
      }
      if (!(field.getValue().isNull() && property.get().nullIsAbsent())) {
        checkValue(field.getValue(), property.get().value(), child, locations, problems, spelled);
      }
    }
  }

  private static FieldProblem duplicateKey(FieldProblem malformed) {
    return new FieldProblem(malformed.path(), malformed.type(), malformed.severity(), malformed.message(),
        malformed.value(), malformed.line(), malformed.column(), DUPLICATE_KEY);
  }

  /** The model's path of the input's path {@code at} (the two differ below a field given by an alias). */
  private static FieldPath modelPath(FieldPath at, Map<FieldPath, FieldPath> spelled) {
    for (FieldPath p = at; !p.isRoot(); p = p.parent()) {
      for (Map.Entry<FieldPath, FieldPath> e : spelled.entrySet()) {
        if (e.getValue().equals(p)) {
          return at.rebased(p, e.getKey());
        }
      }
    }
    return at;
  }

  private static void wrongType(JsonNode node, String expected, FieldPath at,
      Map<FieldPath, JsonLocation> locations, List<FieldProblem> problems) {
    JsonLocation where = locations.get(at.keysAsFields());
    problems.add(FieldProblem.malformed(at, "expected " + expected + ", found " + describe(node),
        line(where), column(where)));
  }

  private static String describe(JsonNode node) {
    return switch (node.getNodeType()) {
      case STRING -> "a string";
      case NUMBER -> node.isIntegralNumber() ? (node.canConvertToInt() ? "a whole number" : "a number too large")
          : "a decimal number";
      case BOOLEAN -> "a boolean";
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NULL -> "null";
      default -> node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
    };
  }

  private static FieldProblem located(FieldProblem problem, FieldPath at, Map<FieldPath, JsonLocation> locations) {
    JsonLocation where = locations.get(at.keysAsFields());
    if (where == null) {
      return problem;
    }
    return new FieldProblem(problem.path(), problem.type(), problem.severity(), problem.message(),
        problem.value(), java.util.OptionalInt.of(where.getLineNr()),
        java.util.OptionalInt.of(where.getColumnNr()), problem.origin());
  }

  private static int line(JsonLocation l) {
    return l == null ? 0 : l.getLineNr();
  }

  private static int column(JsonLocation l) {
    return l == null ? 0 : l.getColumnNr();
  }
}
