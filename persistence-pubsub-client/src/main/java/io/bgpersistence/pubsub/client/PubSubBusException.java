package io.bgpersistence.pubsub.client;

/** Pub/Sub refused or did not answer a request of {@link PubSubBus}; the message says why, in our words. */
public final class PubSubBusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /** @param message why, in the user's terms */
  public PubSubBusException(String message) {
    super(message);
  }
}
