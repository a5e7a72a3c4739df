package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collection;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;

/**
 * One problem in a document, as a value: where (path), what kind (type), a message for a person,
 * the offending value when it may be shown, and for malformed input the line and column.
 * {@code origin} names the rule that found it, so tests and tools compare problems without message
 * text; it is part of the JSON form ({@code bpctl validate --format json}).
 *
 * <p>Whether the value may be shown is decided here, once, from the path: a secret-bearing field's
 * value is never carried, so no printer can leak it.
 */
@JsonPropertyOrder({"path", "type", "message", "value", "line", "column", "origin"})
@JsonInclude(JsonInclude.Include.NON_ABSENT)
public record FieldProblem(
    FieldPath path,
    ProblemType type,
    Severity severity,
    String message,
    Optional<String> value,
    OptionalInt line,
    OptionalInt column,
    String origin) {

  /**
   * A problem; a value at a path that may be secret is dropped here.
   *
   * @param path where
   * @param type what kind
   * @param severity error or warning
   * @param message what, for a person
   * @param value the offending value, when it may be shown
   * @param line the input's line, for malformed input
   * @param column the input's column, for malformed input
   * @param origin the id of the rule that found it
   */
  public FieldProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
    value = Secrets.isSecretPath(path) ? Optional.empty() : value;
  }

  /**
   * The path as text: {@code writers[1].request.cpu}, empty for the whole document.
   *
   * @return the path's text
   */
  @JsonProperty("path")
  public String pathText() {
    return path.toString();
  }

  /** {@return where the problem is} */
  @JsonIgnore
  @Override
  public FieldPath path() {
    return path;
  }

  /** {@return whether it is an error or a warning} */
  @JsonIgnore
  @Override
  public Severity severity() {
    return severity;
  }

  /** {@return the id of the rule that found it; also in the JSON form} */
  @JsonProperty("origin")
  @Override
  public String origin() {
    return origin;
  }

  /** {@return whether it is an error (not a warning)} */
  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The same problem said in other words.
   *
   * @param newMessage the message to say instead; path, type, value, place and origin stay
   * @return the same problem said in other words
   */
  public FieldProblem withMessage(String newMessage) {
    return new FieldProblem(path, type, severity, newMessage, value, line, column, origin);
  }

  /**
   * The same problem, placed in the input: at the path as the input spells it, and at a line and
   * column (0 when unknown). For problems found after reading, which know only the model's names.
   *
   * @param where the path as the input spells it
   * @param atLine the input's line, or 0
   * @param atColumn the input's column, or 0
   * @return the same problem, placed
   */
  public FieldProblem placed(FieldPath where, int atLine, int atColumn) {
    return new FieldProblem(where, type, severity, message, value, atLine > 0 ? OptionalInt.of(atLine) : OptionalInt.empty(),
        atColumn > 0 ? OptionalInt.of(atColumn) : OptionalInt.empty(), origin);
  }

  /** {@return the same problem, as a warning} */
  public FieldProblem asWarning() {
    return new FieldProblem(path, type, Severity.WARNING, message, value, line, column, origin);
  }

  /** {@return the same problem, as an error} */
  public FieldProblem asError() {
    return new FieldProblem(path, type, Severity.ERROR, message, value, line, column, origin);
  }

  /**
   * {@code path: type: message}, the text form every tool prints: always one line, control characters
   * of keys and values escaped.
   *
   * @return {@code path: type: message}, the text form every tool prints: always one line, control characters of keys and values escaped
   */
  public String toLine() {
    String where = path.isRoot() ? "(document)" : path.toString();
    String at = line.isPresent() ? " (line " + line.getAsInt() + ", column " + column.orElse(0) + ")" : "";
    return where + ": " + type + ": " + PrintableText.escape(message) + at;
  }

  @Override
  public String toString() {
    return toLine();
  }

  // One factory per type; each fixes what the problem carries (Kubernetes' field.Error style).

  /**
   * A value that is missing, empty or blank.
   *
   * @param path where
   * @param message what is missing, for a person
   * @param origin the rule's id
   * @return the problem (it carries no value)
   */
  public static FieldProblem required(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Required, message, null, origin);
  }

  /**
   * A value that is present but wrong.
   *
   * @param path where
   * @param value the value, carried only when it may be shown
   * @param message what is wrong, for a person
   * @param origin the rule's id
   * @return the problem
   */
  public static FieldProblem invalid(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Invalid, message, value, origin);
  }

  /**
   * A value not allowed in this context.
   *
   * @param path where
   * @param message why, for a person
   * @param origin the rule's id
   * @return the problem (it carries no value)
   */
  public static FieldProblem forbidden(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Forbidden, message, null, origin);
  }

  /**
   * A value that repeats one that must be unique.
   *
   * @param path where (the later one)
   * @param value the value, carried only when it may be shown
   * @param message what it repeats, for a person
   * @param origin the rule's id
   * @return the problem
   */
  public static FieldProblem duplicate(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Duplicate, message, value, origin);
  }

  /**
   * The value is deliberately not carried: it is too long to be worth echoing.
   *
   * @param maxLength the most characters the field may hold
   * @param origin the rule's id
   * @param path where
   * @return the value is deliberately not carried: it is too long to be worth echoing
   */
  public static FieldProblem tooLong(FieldPath path, int maxLength, String origin) {
    return of(path, ProblemType.TooLong, "must have at most " + maxLength + " characters", null, origin);
  }

  /**
   * Writes "supported values: …" and the closest one itself.
   *
   * @param origin the rule's id
   * @param path where
   * @param supported the values allowed there, in the order the message lists them
   * @param value the value as written; carried, and matched for a suggestion, only when it may be shown
   * @return writes "supported values: …" and the closest one itself
   */
  public static FieldProblem notSupported(
      FieldPath path, String value, Collection<String> supported, String origin) {
    StringBuilder message = new StringBuilder("supported values: ")
        .append(supported.stream().map(s -> "\"" + s + "\"").collect(Collectors.joining(", ")));
    if (!Secrets.isSecretPath(path)) {
      Suggestions.closest(value, supported)
          .ifPresent(best -> message.append("; did you mean \"").append(best).append("\"?"));
    }
    return of(path, ProblemType.NotSupported, message.toString(), value, origin);
  }

  /**
   * A field the format does not define: a warning, with the closest known name when there is one.
   *
   * @param path the field
   * @param knownNames the names defined where it stands
   * @return the problem
   */
  public static FieldProblem unknown(FieldPath path, Collection<String> knownNames) {
    String message = "unknown field"
        + Suggestions.closest(path.lastName(), knownNames)
            .map(best -> "; did you mean \"" + best + "\"?")
            .orElse(" (kept as it is)");
    return new FieldProblem(path, ProblemType.Unknown, Severity.WARNING, message,
        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), "unknown-field");
  }

  /**
   * Input that is not JSON, or JSON of the wrong type, with where in the text it is.
   *
   * @param path where, as far as reading got
   * @param message what is wrong, in the project's words (never quoting the input)
   * @param line the line, from 1 (0 when unknown)
   * @param column the column, from 1 (0 when unknown)
   * @return the problem
   */
  public static FieldProblem malformed(FieldPath path, String message, int line, int column) {
    return new FieldProblem(path, ProblemType.Malformed, Severity.ERROR, message, Optional.empty(),
        line > 0 ? OptionalInt.of(line) : OptionalInt.empty(),
        column > 0 ? OptionalInt.of(column) : OptionalInt.empty(), "malformed");
  }

  private static FieldProblem of(
      FieldPath path, ProblemType type, String message, String value, String origin) {
    return new FieldProblem(path, type, Severity.ERROR, message, Optional.ofNullable(value),
        OptionalInt.empty(), OptionalInt.empty(), origin);
  }
}
