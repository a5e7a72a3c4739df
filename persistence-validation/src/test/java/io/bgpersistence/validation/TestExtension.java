package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import java.util.List;

/** Registered in the test class path's META-INF/services: a user's rule found by ServiceLoader. */
public final class TestExtension implements ValidationExtension {
  static final String RULE = "test-extension-version";

  @Override
  public String id() {
    return "test-extension";
  }

  /** Flags writers whose version is "0.0" (a made-up house rule). */
  @Override
  public List<DocumentRule> rules() {
    return List.of(new DocumentRule() {
      @Override
      public String id() {
        return RULE;
      }

      @Override
      public List<FieldProblem> check(io.bgpersistence.model.PersistenceDocument d, ValidationContext c) {
        return java.util.stream.IntStream.range(0, d.writers().size())
            .filter(i -> d.writers().get(i).version().filter("0.0"::equals).isPresent())
            .mapToObj(i -> FieldProblem.forbidden(FieldPath.parse("writers[" + i + "].version"),
                "0.0 is not released", RULE))
            .toList();
      }
    });
  }
}
