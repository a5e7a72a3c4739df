package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A document runs on a backend whose rules and rendering live in that backend's module. When no
 * {@link ValidationExtension} for the document's {@code bus_backend} was found, the document cannot
 * be checked (or rendered) completely: that is an error naming the module to add, rather than a
 * document that passes with its backend's settings unchecked.
 */
final class BackendOnClassPathRule implements DocumentRule {
  static final String ID = "backend-on-class-path";
  private final Set<BusBackend> present;

  BackendOnClassPathRule(Set<BusBackend> present) {
    this.present = Set.copyOf(present);
  }

  /** A backend's module, by the project's naming convention: {@code persistence-<backend>}. */
  static String moduleOf(BusBackend backend) {
    return "io.bgpersistence:persistence-" + backend.name().toLowerCase(Locale.ROOT);
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    return BusBackend.of(document)
        .filter(backend -> !present.contains(backend))
        .map(backend -> List.of(FieldProblem.invalid(Paths.COMMON.child("bus_backend"), backend.wireName(),
            "the " + backend.wireName() + " backend is not on the class path: add " + moduleOf(backend),
            ID)))
        .orElse(List.of());
  }
}
