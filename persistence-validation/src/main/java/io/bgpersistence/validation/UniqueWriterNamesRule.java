package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writer names are Deployment names in one namespace: each once. The later copies are Duplicate.
 * Keeps the index of the first writer of each name.
 */
final class UniqueWriterNamesRule extends WriterPassRule<Map<String, Integer>> {
  static final String ID = "unique-writer-name";

  UniqueWriterNamesRule() {
    super(ID);
  }

  @Override
  Map<String, Integer> start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    return new HashMap<>();
  }

  @Override
  void see(Map<String, Integer> first, WriterSpec writer, int index, List<FieldProblem> out) {
    writer.name().filter(n -> !n.isBlank()).ifPresent(name -> {
      Integer earlier = first.putIfAbsent(name, index);
      if (earlier != null) {
        out.add(FieldProblem.duplicate(Paths.writer(index).child("name"), name,
            "writers[" + earlier + "] already has this name; each writer becomes a Deployment of its name", ID));
      }
    });
  }
}
