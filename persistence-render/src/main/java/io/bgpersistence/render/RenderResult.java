package io.bgpersistence.render;

import io.bgpersistence.validation.ValidationReport;
import java.util.Objects;
import java.util.Optional;

/**
 * What rendering gives: the validation report, and the objects when the document had no errors.
 * Warnings do not stop rendering; they are in the report either way.
 */
public record RenderResult(ValidationReport report, Optional<RenderedObjects> rendered) {
  public RenderResult {
    Objects.requireNonNull(report, "report");
    Objects.requireNonNull(rendered, "rendered");
  }

  /** Whether the document rendered (it had no errors). */
  public boolean ok() {
    return rendered.isPresent();
  }

  /** The objects; throws if the document had errors (check {@link #ok()} or read the report). */
  public RenderedObjects objects() {
    return rendered.orElseThrow(() -> new IllegalStateException(
        "the document has " + report.errors().size() + " error(s) and was not rendered"));
  }
}
