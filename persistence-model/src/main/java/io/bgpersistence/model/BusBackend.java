package io.bgpersistence.model;

/** The message bus the writers drain. */
public enum BusBackend implements WireValue {
  KAFKA,
  PUBSUB;

  @Override
  public String wireName() {
    return name();
  }
}
