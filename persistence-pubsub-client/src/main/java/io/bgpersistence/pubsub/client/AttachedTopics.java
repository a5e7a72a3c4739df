package io.bgpersistence.pubsub.client;

import io.bgpersistence.model.BusPair;
import io.bgpersistence.model.Setting;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which topic each subscription must read, as data. A paired bus ({@link BusPair#ALL}) names its
 * topic in the document. The three result-bus subscriptions read the platform's result topic,
 * which the document does not name: preflight checks that they all read one and the same topic.
 */
final class AttachedTopics {
  /** Subscriptions that must all read one topic the document does not name. */
  static final List<Set<Setting>> SHARED_TOPIC_GROUPS = List.of(Set.of(
      Setting.RESULT_BUS_METRICS_SUBSCRIPTION_ID,
      Setting.RESULT_BUS_OFFLINE_STORE_SUBSCRIPTION_ID,
      Setting.RESULT_BUS_ONLINE_STORE_SUBSCRIPTION_ID));

  private AttachedTopics() {}

  /** The topic field of the bus this subscription field reads, when the document pairs them. */
  static Optional<Setting> pairedTopic(Setting subscription) {
    return BusPair.ALL.stream().filter(p -> p.subscription() == subscription).map(BusPair::topic).findFirst();
  }

  /** The group of subscriptions that must share a topic with this one, if any. */
  static Optional<Set<Setting>> sharedTopicGroup(Setting subscription) {
    return SHARED_TOPIC_GROUPS.stream().filter(g -> g.contains(subscription)).findFirst();
  }
}
