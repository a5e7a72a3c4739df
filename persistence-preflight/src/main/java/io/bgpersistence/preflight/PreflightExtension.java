package io.bgpersistence.preflight;

import io.bgpersistence.model.PersistenceDocument;
import java.util.List;

/**
 * Live checks a module contributes (the Kafka and Pub/Sub backends, the Kubernetes checks), found
 * with {@link java.util.ServiceLoader}: {@code META-INF/services/io.bgpersistence.preflight.PreflightExtension}.
 * A check never throws for a failure it can name: it returns {@link CheckStatus#FAIL} with the reason,
 * and {@link CheckStatus#SKIP} when it cannot run here.
 */
public interface PreflightExtension {
  /**
   * A short stable name, e.g. {@code kafka}; extensions run in the order of their ids.
   *
   * @return the name
   */
  String id();

  /**
   * Whether this extension checks anything for the document, e.g. {@code bus_backend == KAFKA}.
   * Must not load a bus client: every {@code bpctl preflight} asks every extension.
   *
   * @param document the document
   * @return whether {@link #run} should be called
   */
  boolean appliesTo(PersistenceDocument document);

  /**
   * Runs the checks.
   *
   * @param context the document and what the user gave besides it
   * @return one result per check, in a fixed order
   */
  List<CheckResult> run(PreflightContext context);

}
