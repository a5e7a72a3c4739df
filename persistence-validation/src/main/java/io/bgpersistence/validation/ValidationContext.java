package io.bgpersistence.validation;

import io.bgpersistence.model.WriterTypeRegistry;
import java.util.Objects;

/** What rules may consult besides the document: the writer-type registry in use. */
public record ValidationContext(WriterTypeRegistry registry) {
  public ValidationContext {
    Objects.requireNonNull(registry, "registry");
  }
}
