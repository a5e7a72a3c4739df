package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Writer names are Deployment names in one namespace: each once. The later copies are Duplicate. */
final class UniqueWriterNamesRule implements DocumentRule {
  static final String ID = "unique-writer-name";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    Map<String, Integer> first = new HashMap<>();
    for (int i = 0; i < document.writers().size(); i++) {
      int index = i;
      document.writers().get(i).name().filter(n -> !n.isBlank()).ifPresent(name -> {
        Integer earlier = first.putIfAbsent(name, index);
        if (earlier != null) {
          out.add(FieldProblem.duplicate(Paths.writer(index).child("name"), name,
              "writers[" + earlier + "] already has this name; each writer becomes a Deployment of its name", ID));
        }
      });
    }
    return out;
  }
}
