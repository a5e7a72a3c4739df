package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceKind;
import io.bgpersistence.pubsub.internal.ResourceNames;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Two subscription fields that the writers read naming one subscription is a Duplicate: in
 * Pub/Sub the readers of one subscription share its messages, so each writer would see only part
 * of the bus (under Kafka, where each reader has its own consumer group, the seed document does
 * exactly this with {@code result-bus-1}). Reported at the later field.
 */
final class SharedSubscriptionRule extends PubSubRule {
  static final String ID = "pubsub-shared-subscription";

  SharedSubscriptionRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Optional<String> project = PubSubDocuments.project(document);
    Map<String, Setting> seen = new LinkedHashMap<>();
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : PubSubDocuments.neededResources(document, context.registry())) {
      if (PubSubDocuments.kindOf(s) != ResourceKind.SUBSCRIPTION) {
        continue;
      }
      String value = s.givenIn(document).orElse("");
      // Compare full names where the project is known, so "x" and "projects/p/subscriptions/x" match.
      String key = ResourceNames.parse(value)
          .flatMap(n -> n.fullName(ResourceKind.SUBSCRIPTION, project))
          .orElse(value);
      if (key.isEmpty()) {
        continue;
      }
      Setting first = seen.putIfAbsent(key, s);
      if (first != null) {
        out.add(FieldProblem.duplicate(s.pathIn(document), value, "names the same subscription as " + first.jsonName()
            + ": Pub/Sub splits one subscription's messages between its readers, so each of these writers "
            + "would miss part of the bus; give each its own subscription", ID));
      }
    }
    return out;
  }
}
