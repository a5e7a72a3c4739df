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
 * {@code origin} names the rule that found it, so tests compare problems without message text.
 *
 * <p>Whether the value may be shown is decided here, once, from the path: a secret-bearing field's
 * value is never carried (docs/contract.md, "Problems"), so no printer can leak it.
 *
 * @param path where, in the document's JSON names
 * @param type what kind of problem
 * @param severity error, or warning
 * @param message what is wrong, for a person
 * @param value the offending value, when it may be shown
 * @param line the line in the input, for a problem found while reading
 * @param column the column in the input, for a problem found while reading
 * @param origin the rule that found it
 */
@JsonPropertyOrder({"path", "type", "message", "value", "line", "column"})
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
   * A problem; a secret-bearing field's value is dropped.
   *
   * @param path where, in the document's JSON names
   * @param type what kind of problem
   * @param severity error, or warning
   * @param message what is wrong, for a person
   * @param value the offending value; dropped when the path may hold a secret
   * @param line the line in the input, for a problem found while reading
   * @param column the column in the input, for a problem found while reading
   * @param origin the rule that found it
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
   * The path as text, as JSON output writes it.
   *
   * @return e.g. {@code writers[1].request.cpu}; empty for the whole document
   */
  @JsonProperty("path")
  public String pathText() {
    return path.toString();
  }

  /**
   * Where the problem is.
   *
   * @return the path, in the document's JSON names
   */
  @JsonIgnore
  @Override
  public FieldPath path() {
    return path;
  }

  /**
   * Error or warning.
   *
   * @return the severity
   */
  @JsonIgnore
  @Override
  public Severity severity() {
    return severity;
  }

  /**
   * The rule that found the problem, e.g. {@code request-within-limit}.
   *
   * @return the rule's id
   */
  @JsonIgnore
  @Override
  public String origin() {
    return origin;
  }

  /**
   * Whether this is an error rather than a warning.
   *
   * @return whether the severity is {@code ERROR}
   */
  @JsonIgnore
  public boolean isError() {
    return severity == Severity.ERROR;
  }

  /**
   * The same problem as a warning.
   *
   * @return a copy with severity {@code WARNING}
   */
  public FieldProblem asWarning() {
    return new FieldProblem(path, type, Severity.WARNING, message, value, line, column, origin);
  }

  /**
   * The same problem as an error ({@code --strict} turns warnings into errors).
   *
   * @return a copy with severity {@code ERROR}
   */
  public FieldProblem asError() {
    return new FieldProblem(path, type, Severity.ERROR, message, value, line, column, origin);
  }

  /**
   * The text form of docs/contract.md, as {@code bpctl validate} prints it.
   *
   * @return {@code path: type: message}, with the line and column when known
   */
  public String toLine() {
    String where = path.isRoot() ? "(document)" : path.toString();
    String at = line.isPresent() ? " (line " + line.getAsInt() + ", column " + column.orElse(0) + ")" : "";
    return where + ": " + type + ": " + message + at;
  }

  @Override
  public String toString() {
    return toLine();
  }

  // One factory per type; each fixes what the problem carries (Kubernetes' field.Error style).

  /**
   * A missing or empty field.
   *
   * @param path where
   * @param message what is missing
   * @param origin the rule that found it
   * @return an error
   */
  public static FieldProblem required(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Required, message, null, origin);
  }

  /**
   * A value that is present but wrong.
   *
   * @param path where
   * @param value the value (dropped when the path may hold a secret); null when not worth showing
   * @param message what is wrong
   * @param origin the rule that found it
   * @return an error
   */
  public static FieldProblem invalid(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Invalid, message, value, origin);
  }

  /**
   * A field that is not allowed in this context.
   *
   * @param path where
   * @param message why it is not allowed
   * @param origin the rule that found it
   * @return an error
   */
  public static FieldProblem forbidden(FieldPath path, String message, String origin) {
    return of(path, ProblemType.Forbidden, message, null, origin);
  }

  /**
   * A value that must be unique and is not.
   *
   * @param path where the repetition is
   * @param value the repeated value (dropped when the path may hold a secret)
   * @param message where else it appears
   * @param origin the rule that found it
   * @return an error
   */
  public static FieldProblem duplicate(FieldPath path, String value, String message, String origin) {
    return of(path, ProblemType.Duplicate, message, value, origin);
  }

  /**
   * A value longer than allowed. The value is deliberately not carried: it is too long to be
   * worth echoing.
   *
   * @param path where
   * @param maxLength the most characters allowed
   * @param origin the rule that found it
   * @return an error
   */
  public static FieldProblem tooLong(FieldPath path, int maxLength, String origin) {
    return of(path, ProblemType.TooLong, "must have at most " + maxLength + " characters", null, origin);
  }

  /**
   * A value outside a closed set. Writes "supported values: …" and the closest one itself.
   *
   * @param path where
   * @param value the value
   * @param supported the closed set, in the order to list it
   * @param origin the rule that found it
   * @return an error
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
   * A field the format does not define: a warning, with the closest known name when one is close.
   *
   * @param path where the unknown field is
   * @param knownNames the names the format defines at that level
   * @return a warning
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
   * Input that is not JSON, or JSON of the wrong type.
   *
   * @param path where, as far as reading got
   * @param message what is wrong
   * @param line the line, from 1 (0 when unknown)
   * @param column the column, from 1 (0 when unknown)
   * @return an error
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
