package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;

/**
 * The one configured Jackson setup for the document format: the limits reading enforces, and
 * the canonical form writing produces (known keys in a fixed order, unknown ones after them,
 * two-space indent, {@code "key": value}, a final newline).
 */
public final class PersistenceJson {
  /** Larger inputs are refused: a fleet document is a few kilobytes. */
  public static final int MAX_DOCUMENT_BYTES = 4 * 1024 * 1024;
  /** Deeper nesting is refused: a fleet document is a few levels deep. */
  public static final int MAX_NESTING_DEPTH = 64;
  /**
   * Longer strings are refused: as long as the document may be, so that a long value is reported
   * by its field's own rule (with every other problem), not as a reading fault that ends the reading.
   */
  public static final int MAX_STRING_LENGTH = MAX_DOCUMENT_BYTES;
  /** Digits, sign, point and exponent together. */
  public static final int MAX_NUMBER_LENGTH = 100;
  /** Longer field names are refused. */
  public static final int MAX_NAME_LENGTH = 1024;

  private static final JsonFactory FACTORY = JsonFactory.builder()
      .streamReadConstraints(StreamReadConstraints.builder()
          .maxNestingDepth(MAX_NESTING_DEPTH)
          .maxStringLength(MAX_STRING_LENGTH)
          .maxDocumentLength(MAX_DOCUMENT_BYTES)
          .maxNumberLength(MAX_NUMBER_LENGTH)
          .maxNameLength(MAX_NAME_LENGTH)
          .build())
      // Locations never quote the input: the text around an error may hold a secret.
      .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
      .build();

  /**
   * The mapper, made on first use: reading a document needs only the factory, and a JVM's first
   * ObjectMapper costs tens of milliseconds that a command that only validates need not pay.
   */
  private static final class Mapping {
    /** The project's own: what it writes cannot change with what a caller does to {@link #mapper()}. */
    static final ObjectMapper MAPPER = configured();
    static final ObjectWriter CANONICAL = MAPPER.writer(prettyPrinter());
  }

  /** The one {@link #mapper()} gives out, made on first use. */
  private static final class Shared {
    static final ObjectMapper MAPPER = configured();
  }

  private static ObjectMapper configured() {
    return JsonMapper.builder(FACTORY)
        .addModule(new Jdk8Module())
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .serializationInclusion(JsonInclude.Include.NON_ABSENT)
        .build();
  }

  private PersistenceJson() {}

  /** {@return the factory whose limits every read goes through} */
  public static JsonFactory factory() {
    return FACTORY;
  }

  /**
   * A mapper configured as the project's: the model's JSON names, absent values left out, no
   * coercion of scalars. Shared by its callers; the project's own writing (the canonical form, the
   * pretty writer, the model's shape) uses a mapper of its own, so a caller that reconfigures this
   * one changes nothing of that.
   *
   * @return the shared mapper
   */
  public static ObjectMapper mapper() {
    return Shared.MAPPER;
  }

  /** The project's own mapper, which no caller can reach to reconfigure. */
  static ObjectMapper ownMapper() {
    return Mapping.MAPPER;
  }

  /**
   * The project's one JSON layout: two-space indent, {@code "key": value}, empty containers as
   * {@code {}} and {@code []}. Every JSON this project prints for people and tools uses it.
   *
   * @return the project's one JSON layout: two-space indent, {@code "key": value}, empty containers as {@code {}} and {@code []}
   */
  public static DefaultPrettyPrinter prettyPrinter() {
    return new DefaultPrettyPrinter()
        .withSeparators(Separators.createDefaultInstance()
            .withObjectFieldValueSpacing(Separators.Spacing.AFTER)
            .withObjectEmptySeparator("")
            .withArrayEmptySeparator(""))
        .withObjectIndenter(new DefaultIndenter("  ", "\n"))
        .withArrayIndenter(new DefaultIndenter("  ", "\n"));
  }

  /** {@return the writer of the canonical layout, for any JSON this project prints for people and tools} */
  public static ObjectWriter prettyWriter() {
    return Mapping.CANONICAL;
  }

  /**
   * The document in canonical form: the same document always gives the same bytes.
   *
   * @param document the document to write
   * @return the document in canonical form: the same document always gives the same bytes
   */
  public static String canonical(PersistenceDocument document) {
    try {
      return Mapping.CANONICAL.writeValueAsString(document) + "\n";
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      // Our own values always serialize; anything else is a bug in this class.
      throw new IllegalStateException("cannot write document", e);
    }
  }
}
