package io.bgpersistence.validation;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Unknown-field warnings for a document built in code. A document that was read already carries
 * them (with line and column) in its {@code ReadResult}, so the validator runs this only for
 * {@link DocumentValidator#validate(PersistenceDocument)}.
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
    document.commonPersistenceSpecs().ifPresent(c -> unknown(out, Paths.COMMON, c.unknownFields()));
    for (int i = 0; i < document.writers().size(); i++) {
      WriterSpec w = document.writers().get(i);
      FieldPath at = Paths.writer(i);
      resources(out, at.child("request"), w.request());
      resources(out, at.child("limit"), w.limit());
      unknown(out, at, w.unknownFields());
    }
    unknown(out, FieldPath.ROOT, document.unknownFields());
    return out;
  }

  private static void resources(List<FieldProblem> out, FieldPath at, Optional<ResourceSpec> r) {
    r.ifPresent(spec -> unknown(out, at, spec.unknownFields()));
  }

  private static void unknown(List<FieldProblem> out, FieldPath at, Map<String, JsonNode> fields) {
    List<String> known = DocumentOrder.knownNamesAt(at);
    fields.keySet().forEach(name -> out.add(FieldProblem.unknown(at.child(name), known)));
  }
}
