package io.bgpersistence.pubsub.internal;

import io.bgpersistence.model.Setting;
import java.util.Arrays;
import java.util.Optional;

/** The two Pub/Sub resources a document names, and the {@link Setting.Role} that names each. */
public enum ResourceKind {
  /** A topic, named by the settings of role {@code TOPIC}. */
  TOPIC("topics", "topic", Setting.Role.TOPIC),
  /** A subscription, named by the settings of role {@code SUBSCRIPTION}. */
  SUBSCRIPTION("subscriptions", "subscription", Setting.Role.SUBSCRIPTION);

  private final String collection;
  private final String noun;
  private final Setting.Role role;

  ResourceKind(String collection, String noun, Setting.Role role) {
    this.collection = collection;
    this.noun = noun;
    this.role = role;
  }

  /**
   * The collection in a full resource name: {@code projects/P/<collection>/ID}.
   *
   * @return {@code topics} or {@code subscriptions}
   */
  public String collection() {
    return collection;
  }

  /**
   * The kind's name in messages.
   *
   * @return "topic" or "subscription"
   */
  public String noun() {
    return noun;
  }

  /**
   * The kind a setting of this role names; empty for settings that name no Pub/Sub resource.
   *
   * @param role a setting's role
   * @return the kind, or empty
   */

  public static Optional<ResourceKind> of(Setting.Role role) {
    return Arrays.stream(values()).filter(k -> k.role == role).findFirst();
  }

  public static Optional<ResourceKind> ofCollection(String collection) {
    return Arrays.stream(values()).filter(k -> k.collection.equals(collection)).findFirst();
  }
}
