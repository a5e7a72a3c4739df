package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Visits every model object and every string of a document, in canonical order, by the model's
 * one {@link ModelShape}: rules that care about "every string" or "every object" need no list of
 * fields of their own. A string's path is made only when asked for, since most strings are fine.
 */
final class DocumentWalk {
  /** What a walk reports. */
  interface Visitor {
    /** A model object (the document, the shared settings, a writer, …) at its path. */
    default void object(Object value, ModelShape shape, FieldPath at) {}

    /** A string value (a field, a list item or a map value). */
    default void string(String value, Supplier<FieldPath> at) {}
  }

  private static final String WRITERS = Paths.WRITERS.lastName();
  private static final ModelShape WRITER = ModelShape.document().property(WRITERS)
      .flatMap(p -> p.value().element()).flatMap(ModelShape.ValueShape::object).orElseThrow();

  /** The kinds that may hold a string or an object; the others are not read at all. */
  private static final Set<ModelShape.Kind> WALKED = EnumSet.of(
      ModelShape.Kind.STRING, ModelShape.Kind.OBJECT, ModelShape.Kind.LIST, ModelShape.Kind.MAP);

  private DocumentWalk() {}

  static void walk(PersistenceDocument document, Visitor visitor) {
    object(document, ModelShape.document(), FieldPath.ROOT, visitor, null);
  }

  /** The walk of the document without its writers: with {@link #walkWriter} of each, the whole walk. */
  static void walkOutsideWriters(PersistenceDocument document, Visitor visitor) {
    object(document, ModelShape.document(), FieldPath.ROOT, visitor, WRITERS);
  }

  /** The walk of one writer, {@code writers[index]}, at its path in the document. */
  static void walkWriter(WriterSpec writer, int index, Visitor visitor) {
    object(writer, WRITER, Paths.writer(index), visitor, null);
  }

  private static void object(Object value, ModelShape shape, FieldPath at, Visitor visitor) {
    object(value, shape, at, visitor, null);
  }

  /** Walks an object, but not its property named {@code skipped} (when not null). */
  private static void object(Object value, ModelShape shape, FieldPath at, Visitor visitor, String skipped) {
    visitor.object(value, shape, at);
    for (ModelShape.Property p : shape.properties()) {
      if (!WALKED.contains(p.value().kind()) || p.jsonName().equals(skipped)) {
        continue;
      }
      Object v = p.get(value);
      if (v instanceof Optional<?> o) {
        if (o.isEmpty()) {
          continue;
        }
        v = o.get();
      }
      value(v, p.value(), () -> at.child(p.jsonName()), visitor);
    }
  }

  private static void value(Object v, ModelShape.ValueShape shape, Supplier<FieldPath> at, Visitor visitor) {
    switch (shape.kind()) {
      case STRING -> visitor.string((String) v, at);
      case OBJECT -> object(v, shape.object().orElseThrow(), at.get(), visitor);
      case LIST -> {
        List<?> items = (List<?>) v;
        if (items.isEmpty()) {
          return;
        }
        FieldPath list = at.get();
        for (int i = 0; i < items.size(); i++) {
          int index = i;
          value(items.get(i), shape.element().orElseThrow(), () -> list.index(index), visitor);
        }
      }
      case MAP -> {
        Map<?, ?> entries = (Map<?, ?>) v;
        if (entries.isEmpty()) {
          return;
        }
        FieldPath map = at.get();
        entries.forEach((k, item) -> value(item, shape.element().orElseThrow(), () -> map.key((String) k), visitor));
      }
      default -> { }
    }
  }
}
