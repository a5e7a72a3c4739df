package io.bgpersistence.kafka.client;

import io.bgpersistence.kafka.KafkaValidationExtension;
import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.preflight.PreflightExtension;
import java.util.List;

/**
 * {@code bpctl preflight} for Kafka documents, found by {@link java.util.ServiceLoader}: the
 * brokers answer, authentication succeeds, and every topic the writers read or publish to exists,
 * as does the dead-letter topic. The checks live in {@link KafkaChecks}, so that loading this
 * class (which every {@code bpctl preflight} does) does not load kafka-clients.
 */
public final class KafkaPreflight implements PreflightExtension {
  @Override
  public String id() {
    return KafkaValidationExtension.ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return BusBackend.KAFKA.isUsedBy(document);
  }

  @Override
  public List<CheckResult> run(PreflightContext context) {
    return KafkaChecks.run(context);
  }
}
