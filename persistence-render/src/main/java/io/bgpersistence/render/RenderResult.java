package io.bgpersistence.render;

import io.bgpersistence.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What rendering gives: the validation report, and the objects when the document had no errors.
 * Warnings do not stop rendering; they are in the report either way.
 *
 * @param report every problem of the document
 * @param rendered the objects, when the document had no errors
 */

public record RenderResult(ValidationReport report, Optional<RenderedObjects> rendered) {
  /**
   * A result; no part may be null.
   *
   * @param report every problem of the document
   * @param rendered the objects, when the document had no errors
   */
  public RenderResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rendered, "rendered");
  }

  /**
   * Whether the document rendered (it had no errors).
   *
   * @return whether there are objects
   */
  public boolean ok() {
    return rendered.isPresent();
  }

  /**
   * The objects; throws if the document had errors (check {@link #ok()} or read the report).
   *
   * @return the objects
   * @throws IllegalStateException when the document had errors
   */

  public RenderedObjects objects() {
    return rendered.orElseThrow(() -> new IllegalStateException(
        "the document has " + report.errors().size() + " error(s) and was not rendered"));
  }
}
