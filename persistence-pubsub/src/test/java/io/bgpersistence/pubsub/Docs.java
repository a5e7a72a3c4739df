package io.bgpersistence.pubsub;

import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.testing.SampleDocuments;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.util.List;
import java.util.function.UnaryOperator;

/** Pub/Sub documents for tests: the valid sample, changed in one place. */
final class Docs {
  static final String PROJECT = "acme-features-prod";

  private Docs() {}

  static PersistenceDocument valid() {
    return SampleDocuments.pubsub();
  }

  /** The valid sample with its shared settings changed. */
  static PersistenceDocument withSpecs(UnaryOperator<CommonPersistenceSpecs.Builder> change) {
    PersistenceDocument d = valid();
    CommonPersistenceSpecs specs = change.apply(new CommonPersistenceSpecs.Builder().from(d.specs())).build();
    return PersistenceDocument.builder().from(d).commonPersistenceSpecs(specs).build();
  }

  /** The standard validator: the core rules and every extension on the class path, this module's too. */
  static ValidationReport validate(PersistenceDocument d) {
    return DocumentValidator.standard().validate(d);
  }

  /** Every problem (errors, then warnings) that one rule reported. */
  static List<FieldProblem> from(String origin, ValidationReport report) {
    return report.all().stream().filter(p -> p.origin().equals(origin)).toList();
  }
}
