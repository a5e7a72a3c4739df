package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.PersistenceDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/** Every string value a document holds, in canonical order, each with its path made on demand. */
final class StringValues {
  record At(Supplier<FieldPath> path, String value) {}

  private StringValues() {}

  static List<At> of(PersistenceDocument document) {
    List<At> out = new ArrayList<>();
    DocumentWalk.walk(document, new DocumentWalk.Visitor() {
      @Override
      public void string(String value, Supplier<FieldPath> at) {
        out.add(new At(at, value));
      }
    });
    return out;
  }
}
