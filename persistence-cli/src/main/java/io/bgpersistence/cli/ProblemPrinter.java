package io.bgpersistence.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceJson;
import java.io.PrintWriter;
import java.util.List;

/** Prints problems as docs/contract.md says: text lines (errors, then warnings) or one JSON object. */
final class ProblemPrinter {
  private ProblemPrinter() {}

  static void text(List<FieldProblem> errors, List<FieldProblem> warnings, PrintWriter out) {
    errors.forEach(p -> out.println(p.toLine()));
    warnings.forEach(p -> out.println(p.toLine() + " (warning)"));
    out.flush();
  }

  static void json(List<FieldProblem> errors, List<FieldProblem> warnings, PrintWriter out) {
    ObjectNode report = PersistenceJson.mapper().createObjectNode();
    report.put("valid", errors.isEmpty());
    report.set("errors", PersistenceJson.mapper().valueToTree(errors));
    report.set("warnings", PersistenceJson.mapper().valueToTree(warnings));
    try {
      out.println(PersistenceJson.prettyWriter().writeValueAsString(report));
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write the report", e);
    }
    out.flush();
  }
}
