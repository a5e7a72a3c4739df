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
  String id();

  boolean appliesTo(PersistenceDocument document);

  List<CheckResult> run(PreflightContext context);
}
