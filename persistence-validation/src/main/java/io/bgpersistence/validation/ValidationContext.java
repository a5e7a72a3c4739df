package io.bgpersistence.validation;

import io.bgpersistence.model.WriterTypeRegistry;
import java.util.Objects;

/**
 * What rules may consult besides the document: the writer-type registry in use.
 *
 * @param registry the writer types documents may use
 */
public record ValidationContext(WriterTypeRegistry registry) {
  /**
   * A context; the registry is required.
   *
   * @param registry the writer types documents may use
   */
  public ValidationContext {

    Objects.requireNonNull(registry, "registry");
  }
}
