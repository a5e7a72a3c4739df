package io.bgpersistence.model;

/** The closed set of problem types, after Kubernetes' field error types (docs/contract.md). */
public enum ProblemType {
  /** Missing or empty. */
  Required,
  /** Present but wrong: syntax, range, an unfilled {@code <placeholder>}. */
  Invalid,
  /** Not one of a closed set; the message lists the allowed values and the closest one. */
  NotSupported,
  /** A value that must be unique appears more than once. */
  Duplicate,
  /** Not allowed in this context. */
  Forbidden,
  /** Longer than allowed. */
  TooLong,

  /** Not JSON, or the wrong JSON type; line and column are given. */
  Malformed,
  /** A field the format does not define; a warning unless strict. */
  Unknown
}
