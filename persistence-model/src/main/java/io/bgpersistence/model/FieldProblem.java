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

  public FieldProblem {
    Objects.requireNonNull(path, "path");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(severity, "severity");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(origin, "origin");
    value = Secrets.isSecretPath(path) ? Optional.empty() : value;
  }

  @JsonProperty("path")
  public String pathText() {
    return path.toString();
  }

  @JsonIgnore
  @Override
  public FieldPath path() {
    return path;
  }

  @JsonIgnore
  @Override
  public Severity severity() {
    return severity;
  }

  @JsonProperty("origin")
  @Override
  public String origin() {
    return origin;
  }

  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /** The same problem said in other words. */
  public FieldProblem withMessage(String newMessage) {
    return new FieldProblem(path, type, severity, newMessage, value, line, column, origin);
  }

  /** The same problem, as a warning. */
  public FieldProblem asWarning() {
    return new FieldProblem(path, type, Severity.WARNING, message, value, line, column, origin);
  }

  /** The same problem, as an error. */
  public FieldProblem asError() {
    return new FieldProblem(path, type, Severity.ERROR, message, value, line, column, origin);
  }

  /**
   * {@code path: type: message}, the text form every tool prints: always one line, control characters
   * of keys and values escaped.
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

  public static FieldProblem required(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Required, message, null, origin);
  }

  public static FieldProblem invalid(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Invalid, message, value, origin);
  }

  public static FieldProblem forbidden(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Forbidden, message, null, origin);
  }

  public static FieldProblem duplicate(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Duplicate, message, value, origin);
  }

  /** The value is deliberately not carried: it is too long to be worth echoing. */
  public static FieldProblem tooLong(FieldPath path, int maxLength, String origin) {
    return of(path, ProblemType.TooLong, "must have at most " + maxLength + " characters", null, origin);
  }

  /** Writes "supported values: …" and the closest one itself. */
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

  public static FieldProblem unknown(FieldPath path, Collection<String> knownNames) {
    String message = "unknown field"
        + Suggestions.closest(path.lastName(), knownNames)
            .map(best -> "; did you mean \"" + best + "\"?")
            .orElse(" (kept as it is)");
    return new FieldProblem(path, ProblemType.Unknown, Severity.WARNING, message,
        Optional.empty(), OptionalInt.empty(), OptionalInt.empty(), "unknown-field");
  }

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
