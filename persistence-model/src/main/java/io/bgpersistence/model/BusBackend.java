package io.bgpersistence.model;

import java.util.Optional;

/** The message bus the writers drain. */
public enum BusBackend implements WireValue {
  KAFKA,
  PUBSUB;

  @Override
  public String wireName() {
    return name();
  }

  /** The backend a document names in {@code bus_backend}; empty when absent or not one of ours. */
  public static Optional<BusBackend> of(PersistenceDocument document) {
    return Setting.BUS_BACKEND.valueIn(document).flatMap(v -> WireValue.parse(BusBackend.class, v));
  }

  /** Whether the document runs on this backend: how backend modules decide whether they speak. */
  public boolean isUsedBy(PersistenceDocument document) {
    return of(document).filter(this::equals).isPresent();
  }
}
