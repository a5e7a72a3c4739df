package io.bgpersistence.pubsub.client;

import java.util.Objects;
import java.util.Optional;

/**
 * What {@link PubSubBus} needs besides the document: the platform's result topic when the document
 * has no {@code result_bus_topic_id} (the three result-bus subscriptions read it), the project of
 * short ids when the document names none, and how new subscriptions are made.
 */
public record ProvisionOptions(Optional<String> resultTopic, Optional<String> defaultProject,
    SubscriptionOptions subscriptions) {
  /** No result topic, no default project, Pub/Sub's defaults for new subscriptions. */
  public static final ProvisionOptions DEFAULTS =
      new ProvisionOptions(Optional.empty(), Optional.empty(), SubscriptionOptions.DEFAULTS);

  /**
   * @param resultTopic the result-bus subscriptions' topic when the document has no {@code result_bus_topic_id}
   * @param defaultProject the project of short ids when the document names none
   * @param subscriptions how new subscriptions are made
   */
  public ProvisionOptions {
    Objects.requireNonNull(resultTopic, "resultTopic");
    Objects.requireNonNull(defaultProject, "defaultProject");
    Objects.requireNonNull(subscriptions, "subscriptions");
  }
}
