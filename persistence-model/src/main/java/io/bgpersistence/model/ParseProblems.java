package io.bgpersistence.model;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A parser's failure as a problem in this project's words. Jackson's own messages name its
 * classes and features, and some quote the text around the error, where a secret may sit; so the
 * message is built here from what went wrong, and the offending text is shown only when it is a
 * short token at a field that cannot be secret.
 */
final class ParseProblems {
  /** Tokens longer than this are not quoted: a message names a mistake, it does not copy the input. */
  private static final int MAX_QUOTED = 24;
  private static final Pattern TOKEN = Pattern.compile("Unrecognized token '([^']{0,200})'");
  private static final Pattern CHARACTER = Pattern.compile("\\(code (\\d{1,7})\\)");
  private static final Pattern CLOSE = Pattern.compile("Unexpected close marker '(.)': expected '(.)'");
  private static final Pattern UTF8 = Pattern.compile("Invalid UTF-8 \\w+ byte (0x[0-9a-fA-F]{1,2})");

  private ParseProblems() {}

  /** The problem for a parse failure at {@code path}; the parser (may be null) says where it stopped. */
  static FieldProblem of(JacksonException e, JsonParser parser, FieldPath path) {
    JsonLocation at = e.getLocation();
    if (at == null && parser != null) {
      at = e instanceof StreamConstraintsException ? parser.currentTokenLocation() : parser.currentLocation();
    }
    int line = at == null ? 0 : at.getLineNr();
    int column = at == null ? 0 : at.getColumnNr();
    if (e instanceof StreamConstraintsException && String.valueOf(e.getOriginalMessage()).contains("nesting depth")) {
      // Where the nesting starts, not a path of 64 levels.
      return FieldProblem.malformed(top(path, 4), "objects and arrays are nested more than "
          + PersistenceJson.MAX_NESTING_DEPTH + " levels deep below here", line, column);
    }
    return FieldProblem.malformed(path, message(e, Secrets.isSecretPath(path)), line, column);
  }

  /** A YAML document's first line: a key and a colon, or the document marker. */
  private static final java.util.regex.Pattern YAML_START =
      java.util.regex.Pattern.compile("---|[A-Za-z_][A-Za-z0-9_.-]*[ \\t]*:([ \\t].*)?");

  /** Whether input that is not JSON starts as a YAML document does (a JSON one starts with a brace). */
  static boolean looksLikeYaml(byte[] input) {
    String head = new String(input, 0, Math.min(input.length, 1024), java.nio.charset.StandardCharsets.UTF_8);
    return head.replace("\uFEFF", "").lines().map(String::strip).filter(l -> !l.isEmpty() && !l.startsWith("#"))
        .findFirst().map(l -> YAML_START.matcher(l).matches()).orElse(false);
  }

  /** The first {@code levels} steps of a path. */
  private static FieldPath top(FieldPath path, int levels) {
    List<FieldPath> steps = path.segments();
    return steps.size() <= levels ? path : steps.get(levels - 1);
  }

  /** The problem for a number JSON allows but no decimal can hold ({@code 1e99999999999}). */
  static FieldProblem numberOutOfRange(FieldPath path, JsonLocation at) {
    return FieldProblem.malformed(path, "the number is out of range", at.getLineNr(), at.getColumnNr());
  }

  /** The problem for a string or field name holding half of a UTF-16 surrogate pair. */
  static FieldProblem invalidUnicode(FieldPath path, JsonLocation at, boolean inName) {
    return FieldProblem.malformed(path, (inName ? "the field name" : "the value")
        + " is not valid Unicode: it holds an unpaired surrogate (a \\uD800-\\uDFFF escape without its pair)",
        at.getLineNr(), at.getColumnNr());
  }

  /** Whether the text holds a surrogate without its pair. */
  static boolean hasLoneSurrogate(String s) {
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
        i++;
      } else if (Character.isSurrogate(c)) {
        return true;
      }
    }
    return false;
  }

  private static String message(JacksonException e, boolean secret) {
    String raw = String.valueOf(e.getOriginalMessage());
    if (e instanceof StreamConstraintsException) {
      return limit(raw);
    }
    if (e instanceof JsonEOFException) {
      return raw.contains("VALUE_STRING") || raw.contains("String value")
          ? "the input ends inside a string: a closing '\"' is missing or the file is cut short"
          : "the input ends before the document does: a closing bracket is missing or the file is cut short";
    }
    if (raw.contains("surrogate")) {
      return "the field name is not valid Unicode: it holds an unpaired surrogate (a \\uD800-\\uDFFF escape"
          + " without its pair)";
    }
    if (raw.startsWith("Invalid UTF-8")) {
      Matcher m = UTF8.matcher(raw);
      return "the input is not valid UTF-8" + (m.find() ? " (byte " + m.group(1) + ")" : "");
    }
    Matcher close = CLOSE.matcher(raw);
    if (close.find()) {
      return "'" + close.group(1) + "' where '" + close.group(2) + "' was expected: the brackets do not match";
    }
    if (raw.startsWith("Unexpected close marker")) {
      return "a closing bracket that closes nothing";
    }
    if (raw.startsWith("Unrecognized token")) {
      Matcher m = TOKEN.matcher(raw);
      String token = m.find() && !secret && m.group(1).length() <= MAX_QUOTED ? " " + quote(m.group(1)) : "";
      return "unrecognized value" + token
          + ": expected a string in double quotes, a number, an object, an array, true, false or null";
    }
    if (raw.startsWith("Non-standard token") || raw.contains("numeric value") || raw.contains("Leading zeroes")) {
      return "not a valid JSON number (JSON has no NaN, Infinity, leading zeros or '+')";
    }
    if (raw.startsWith("Illegal unquoted character")) {
      Matcher m = CHARACTER.matcher(raw);
      return "a control character" + (m.find() ? " (code " + m.group(1) + ")" : "")
          + " inside a string must be written as an escape such as \\n or \\u0009";
    }
    if (raw.startsWith("Unrecognized character escape") || raw.contains("character escape sequence")) {
      return "an invalid escape in a string: use \\\", \\\\, \\/, \\b, \\f, \\n, \\r, \\t or \\uXXXX";
    }
    if (raw.startsWith("Unexpected character")) {
      return unexpectedCharacter(raw, secret);
    }
    return "not valid JSON";
  }

  private static String unexpectedCharacter(String raw, boolean secret) {
    Matcher m = CHARACTER.matcher(raw);
    String which = "";
    if (m.find() && !secret) {
      int code = Integer.parseInt(m.group(1));
      which = " " + quote(new String(Character.toChars(Math.min(code, Character.MAX_CODE_POINT))));
    }
    String expected;
    if (raw.contains("colon to separate")) {
      expected = "':' between a field name and its value";
    } else if (raw.contains("double-quote to start field name")) {
      expected = "a field name in double quotes";
    } else if (raw.contains("Object entries")) {
      expected = "',' or '}'";
    } else if (raw.contains("Array entries")) {
      expected = "',' or ']'";
    } else if (raw.contains("start a value") || raw.contains("valid value")) {
      expected = "a value";
    } else {
      expected = null;
    }
    return "unexpected character" + which + (expected == null ? "" : ": expected " + expected);
  }

  private static String limit(String raw) {
    if (raw.startsWith("String value length")) {
      return "the string is longer than " + PersistenceJson.MAX_STRING_LENGTH + " characters";
    }
    if (raw.startsWith("Number value length")) {
      return "the number is longer than " + PersistenceJson.MAX_NUMBER_LENGTH + " characters";
    }
    if (raw.startsWith("Name length")) {
      return "the field name is longer than " + PersistenceJson.MAX_NAME_LENGTH + " characters";
    }
    if (raw.contains("nesting depth")) {
      return "objects and arrays are nested more than " + PersistenceJson.MAX_NESTING_DEPTH + " levels deep";
    }
    if (raw.startsWith("Document length")) {
      return "the input is larger than " + PersistenceJson.MAX_DOCUMENT_BYTES + " bytes";
    }
    return "the input is past one of the reader's limits";
  }

  /** A short piece of input in single quotes, control characters escaped. */
  private static String quote(String text) {
    return "'" + PrintableText.escape(text) + "'";
  }
}
