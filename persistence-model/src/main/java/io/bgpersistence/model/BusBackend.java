package io.bgpersistence.model;

import java.util.Optional;

/** The message bus the writers drain. */
public enum BusBackend implements WireValue {
  /** Apache Kafka (Amazon MSK and others); module {@code persistence-kafka}. */
  KAFKA,
  /** Google Cloud Pub/Sub; module {@code persistence-pubsub}. */
  PUBSUB;

  @Override
  public String wireName() {
    return name();
  }

  /**
   * The backend a document names in {@code bus_backend}; empty when absent or not one of ours.
   *
   * @param document a document
   * @return the backend, or empty
   */
  public static Optional<BusBackend> of(PersistenceDocument document) {
    return Setting.BUS_BACKEND.valueIn(document).flatMap(v -> WireValue.parse(BusBackend.class, v));
  }

  /**
   * Whether the document runs on this backend: how backend modules decide whether they speak.
   *
   * @param document a document
   * @return whether its {@code bus_backend} is this backend
   */

  public boolean isUsedBy(PersistenceDocument document) {
    return of(document).filter(this::equals).isPresent();
  }
}
