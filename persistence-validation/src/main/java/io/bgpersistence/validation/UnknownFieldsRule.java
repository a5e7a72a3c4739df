package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ModelShape;
import io.bgpersistence.model.PersistenceDocument;
import java.util.ArrayList;
import java.util.List;

/**
 * Unknown-field warnings for a document built in code, at every level of the model. A document
 * that was read already carries them (with line and column) in its {@code ReadResult}, so the
 * validator runs this only for {@link DocumentValidator#validate(PersistenceDocument)}.
 */
final class UnknownFieldsRule implements DocumentRule {
  static final UnknownFieldsRule INSTANCE = new UnknownFieldsRule();

  @Override
  public String id() {
    return "unknown-field";
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    DocumentWalk.walk(document, new DocumentWalk.Visitor() {
      @Override
      public void object(Object value, ModelShape shape, FieldPath at) {
        shape.unknownFieldsOf(value).keySet()
            .forEach(name -> out.add(FieldProblem.unknown(at.child(name), shape.jsonNames())));
      }
    });
    return out;
  }
}
