package io.bgpersistence.model;

/** How much a problem weighs. */
public enum Severity {
  /** The document is invalid. */
  ERROR,
  /** Worth knowing; the document is still valid (an error with {@code --strict}). */
  WARNING

}
