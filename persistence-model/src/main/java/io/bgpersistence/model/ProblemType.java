package io.bgpersistence.model;

/** The closed set of problem types, after Kubernetes' own field error types. */
public enum ProblemType {
  /** Missing or empty. */
  Required,
  /** Present but wrong: syntax, range, an unfilled {@code <placeholder>}. */
  Invalid,
  /** Not one of a closed set; the message lists the allowed values and the closest one. */
  NotSupported,
  /** A value that must be unique repeats an earlier one. */
  Duplicate,
  /** Not allowed in this context. */
  Forbidden,
  /** A value longer than its field allows. */
  TooLong,
  /** Not JSON, or the wrong JSON type; line and column are given. */
  Malformed,
  /** A field the format does not define; a warning unless strict. */
  Unknown
}
