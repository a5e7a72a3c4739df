package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceName;
import io.bgpersistence.pubsub.internal.ResourceNames;
import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The subscription and the topic of one bus naming the same id is a warning: legal in Pub/Sub
 * (they are different resources) but almost always copied from a Kafka document, where they are
 * one topic.
 */
final class PairSameIdRule extends PubSubRule {
  static final String ID = "pubsub-pair-same-id";

  PairSameIdRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (BusPair pair : BusPair.ALL) {
      Optional<String> subscription = pair.subscription().givenIn(document);
      Optional<String> topic = pair.topic().givenIn(document);
      if (subscription.isEmpty() || topic.isEmpty()) {
        continue;
      }
      Optional<String> subscriptionId = ResourceNames.parse(subscription.get()).map(ResourceName::id);
      Optional<String> topicId = ResourceNames.parse(topic.get()).map(ResourceName::id);
      if (subscriptionId.isPresent() && subscriptionId.equals(topicId)) {
        out.add(FieldProblem.duplicate(pair.topic().pathIn(document), topic.get(), "names the same id as "
            + pair.subscription().jsonName() + ": under PUBSUB a topic and its subscription are two "
            + "resources, usually with different ids (was this copied from a Kafka document?)", ID)
            .asWarning());
      }
    }
    return out;
  }
}
