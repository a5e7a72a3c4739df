package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import java.util.function.BiConsumer;
import java.util.function.Supplier;

/**
 * Every string value a document holds, in canonical order, each with its path made on demand.
 * Handed over one by one, not collected: a fleet of 10,000 writers holds hundreds of thousands.
 */
final class StringValues {
  private StringValues() {}

  static void forEach(PersistenceDocument document, BiConsumer<String, Supplier<FieldPath>> each) {
    DocumentWalk.walk(document, new DocumentWalk.Visitor() {
      @Override
      public void string(String value, Supplier<FieldPath> at) {
        each.accept(value, at);
      }
    });
  }
}
