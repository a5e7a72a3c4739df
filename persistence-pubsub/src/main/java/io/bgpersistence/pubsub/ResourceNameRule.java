package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceNames;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.Checks;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;

/**
 * Every topic and subscription field holds a short id or a full resource name of the right kind:
 * a topic's name where a subscription is due (or the reverse) is Invalid.
 */
final class ResourceNameRule extends PubSubRule {
  static final String ID = "pubsub-resource-name";

  ResourceNameRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : PubSubDocuments.resourceSettings()) {
      s.givenIn(document)
          // Missing values are Required, placeholders Invalid: the core reports both.
          .filter(v -> !Checks.hasPlaceholder(v))
          .ifPresent(v -> ResourceNames.check(v, PubSubDocuments.kindOf(s))
              .forEach(message -> out.add(FieldProblem.invalid(s.pathIn(document), v, message, ID))));
    }
    return out;
  }
}
