package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceNames;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * All full names in one document name one project (a warning: cross-project subscriptions are
 * legal, but in a fleet document they are almost always a leftover). The project is
 * {@code google_cloud_project} when given, else the first full name's.
 */
final class SameProjectRule extends PubSubRule {
  static final String ID = "pubsub-same-project";

  SameProjectRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    // Values other rules reject (a malformed project id or name) are theirs to report, not compared here.
    Optional<String> reference = Setting.GOOGLE_CLOUD_PROJECT.givenIn(document)
        .filter(p -> ResourceNames.projectId(p).isEmpty());
    String referenceField = Setting.GOOGLE_CLOUD_PROJECT.jsonName();
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : PubSubDocuments.resourceSettings()) {
      Optional<String> value = s.givenIn(document);
      Optional<String> project = value
          .filter(v -> ResourceNames.check(v, PubSubDocuments.kindOf(s)).isEmpty())
          .flatMap(PubSubDocuments::projectOf);
      if (project.isEmpty()) {
        continue;
      }
      if (reference.isEmpty()) {
        reference = project;
        referenceField = s.jsonName();
      } else if (!reference.get().equals(project.get())) {
        out.add(FieldProblem.invalid(s.pathIn(document), value.get(), "names project \"" + project.get()
            + "\" while " + referenceField + " names \"" + reference.get()
            + "\": all of a fleet's topics and subscriptions are expected in one project", ID).asWarning());
      }
    }
    return out;
  }
}
