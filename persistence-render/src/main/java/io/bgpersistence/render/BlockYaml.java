package io.bgpersistence.render;

import com.fasterxml.jackson.core.Base64Variant;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.base.GeneratorBase;
import com.fasterxml.jackson.dataformat.yaml.util.StringQuotingChecker;
import java.io.InputStream;
import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Writes one object as a block-style YAML document, byte for byte what the snakeyaml-backed YAML
 * generator of {@link KubernetesText} writes, for the shapes rendered objects have: mappings,
 * lists of scalars or mappings, strings, whole numbers and booleans. Snakeyaml weighs every
 * character of every scalar for every possible style; here each string is tested once against
 * the quoting rule and written plain or in double quotes.
 *
 * <p>Anything else (a string with a line break, a {@code "} or {@code \}, or a character outside
 * printable ASCII; a key that needs quoting or is over {@value #LONGEST_SIMPLE_KEY} characters; a
 * null, a fraction, a list in a list, a type or object id, a document that is not a mapping,
 * nesting deeper than {@value #MAX_DEPTH}) is not guessed at: {@link #leftOut()} says so, and the
 * caller writes that object through snakeyaml. One generator per object.
 */
final class BlockYaml extends GeneratorBase {
  /** Snakeyaml writes a longer key as a complex key ({@code ? key}); this stays well below it. */
  private static final int LONGEST_SIMPLE_KEY = 100;
  private static final int MAX_DEPTH = 64;
  private static final String SPACES = " ".repeat(2 * MAX_DEPTH + 2);

  /** How a nested container was opened: after {@code key:}, after {@code - }, or as the document. */
  private static final byte AFTER_KEY = 0;
  private static final byte AFTER_DASH = 1;
  private static final byte DOCUMENT = 2;

  private final StringBuilder out;
  private final StringQuotingChecker quoting;
  private boolean leftOut;

  // One entry per open container: a list or a mapping, the column of its entries, how it was
  // opened, and how many entries it has had so far.
  private int depth = -1;
  private final boolean[] list = new boolean[MAX_DEPTH];
  private final int[] column = new int[MAX_DEPTH];
  private final byte[] opened = new byte[MAX_DEPTH];
  private final int[] entries = new int[MAX_DEPTH];

  BlockYaml(StringBuilder out, StringQuotingChecker quoting) {
    super(0, null);
    this.out = out;
    this.quoting = quoting;
  }

  /**
   * Whether the object held something this writer leaves to snakeyaml; the text written is then
   * incomplete and must be dropped.
   */
  boolean leftOut() {
    return leftOut;
  }

  private void leave() {
    leftOut = true;
  }

  @Override
  public void writeStartObject() {
    open(false);
  }

  @Override
  public void writeStartArray() {
    open(true);
  }

  private void open(boolean isList) {
    if (leftOut) {
      return;
    }
    byte how;
    int at;
    if (depth < 0) {
      if (isList) {
        leave();
        return;
      }
      out.append("---\n");
      how = DOCUMENT;
      at = 0;
    } else if (list[depth]) {
      if (isList) {
        leave();
        return;
      }
      dash();
      how = AFTER_DASH;
      at = column[depth] + 2;
    } else {
      how = AFTER_KEY;
      at = column[depth] + 2;
    }
    if (depth + 1 == MAX_DEPTH) {
      leave();
      return;
    }
    depth++;
    list[depth] = isList;
    column[depth] = at;
    opened[depth] = how;
    entries[depth] = 0;
  }

  @Override
  public void writeEndObject() {
    end();
  }

  @Override
  public void writeEndArray() {
    end();
  }

  private void end() {
    if (leftOut) {
      return;
    }
    if (entries[depth] == 0) {
      switch (opened[depth]) {
        case AFTER_KEY -> out.append(list[depth] ? " []\n" : " {}\n");
        case AFTER_DASH -> out.append("{}\n");
        default -> leave();
      }
    }
    depth--;
  }

  @Override
  public void writeFieldName(String name) {
    if (leftOut) {
      return;
    }
    if (name.length() > LONGEST_SIMPLE_KEY || quoting.needToQuoteValue(name)) {
      leave();
      return;
    }
    if (entries[depth] == 0) {
      if (opened[depth] == AFTER_KEY) {
        out.append('\n').append(SPACES, 0, column[depth]);
      }
    } else {
      out.append(SPACES, 0, column[depth]);
    }
    entries[depth]++;
    out.append(name).append(':');
  }

  @Override
  public void writeFieldName(SerializableString name) {
    writeFieldName(name.getValue());
  }

  /** A list's next item: {@code - } at the list's column, on a new line after {@code key:}. */
  private void dash() {
    if (entries[depth] == 0 && opened[depth] == AFTER_KEY) {
      out.append('\n');
    }
    entries[depth]++;
    out.append(SPACES, 0, column[depth]).append("- ");
  }

  /** A scalar: after {@code key:} or as a list item. */
  private void scalar(String text, boolean quoted) {
    if (leftOut) {
      return;
    }
    if (depth < 0) {
      leave();
      return;
    }
    if (list[depth]) {
      dash();
    } else {
      out.append(' ');
    }
    if (quoted) {
      out.append('"').append(text).append('"');
    } else {
      out.append(text);
    }
    out.append('\n');
  }

  @Override
  public void writeString(String text) {
    if (text == null) {
      leave();
    } else if (!quoting.needToQuoteValue(text)) {
      scalar(text, false);
    } else if (printableWithoutEscapes(text)) {
      scalar(text, true);
    } else {
      leave();
    }
  }

  /** What snakeyaml writes between double quotes unchanged: printable ASCII but {@code "} and {@code \}. */
  private static boolean printableWithoutEscapes(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x20 || c > 0x7e || c == '"' || c == '\\') {
        return false;
      }
    }
    return true;
  }

  @Override
  public void writeString(char[] buffer, int offset, int length) {
    writeString(new String(buffer, offset, length));
  }

  @Override
  public void writeString(SerializableString text) {
    writeString(text.getValue());
  }

  @Override
  public void writeNumber(int v) {
    scalar(Integer.toString(v), false);
  }

  @Override
  public void writeNumber(long v) {
    scalar(Long.toString(v), false);
  }

  @Override
  public void writeBoolean(boolean state) {
    scalar(state ? "true" : "false", false);
  }

  // Left to snakeyaml: rendered objects hold none of these.

  // Snakeyaml writes type and object ids natively (a tag, an anchor): said so here too, so that
  // Jackson hands them over as ids rather than as ordinary properties, and then left to it.
  @Override
  public boolean canWriteTypeId() {
    return true;
  }

  @Override
  public boolean canWriteObjectId() {
    return true;
  }

  @Override
  public void writeTypeId(Object id) {
    leave();
  }

  @Override
  public void writeObjectId(Object id) {
    leave();
  }

  @Override
  public void writeObjectRef(Object id) {
    leave();
  }

  @Override
  public void writeEmbeddedObject(Object object) {
    leave();
  }

  @Override
  public void writeNumber(BigInteger v) {
    leave();
  }

  @Override
  public void writeNumber(double v) {
    leave();
  }

  @Override
  public void writeNumber(float v) {
    leave();
  }

  @Override
  public void writeNumber(BigDecimal v) {
    leave();
  }

  @Override
  public void writeNumber(String encodedValue) {
    leave();
  }

  @Override
  public void writeNull() {
    leave();
  }

  @Override
  public void writeRawUTF8String(byte[] text, int offset, int length) {
    leave();
  }

  @Override
  public void writeUTF8String(byte[] text, int offset, int length) {
    leave();
  }

  @Override
  public void writeRaw(String text) {
    leave();
  }

  @Override
  public void writeRaw(String text, int offset, int len) {
    leave();
  }

  @Override
  public void writeRaw(char[] text, int offset, int len) {
    leave();
  }

  @Override
  public void writeRaw(char c) {
    leave();
  }

  @Override
  public void writeRawValue(String text) {
    leave();
  }

  @Override
  public void writeBinary(Base64Variant variant, byte[] data, int offset, int len) {
    leave();
  }

  @Override
  public int writeBinary(Base64Variant variant, InputStream data, int dataLength) {
    leave();
    return 0;
  }

  @Override
  public void flush() {
    // The text is in memory; the caller writes it out.
  }

  @Override
  protected void _releaseBuffers() {
    // None held.
  }

  @Override
  protected void _verifyValueWrite(String typeMsg) {
    // The structure comes from Jackson's own serializers.
  }
}
