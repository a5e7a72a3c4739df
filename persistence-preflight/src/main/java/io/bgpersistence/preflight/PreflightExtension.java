package io.bgpersistence.preflight;

import io.bgpersistence.model.Extension;
import java.util.List;

/**
 * Live checks a module contributes (the Kafka and Pub/Sub backends, the Kubernetes checks): an
 * {@link Extension} (id, applies-to, run in the order of ids) found with
 * {@link java.util.ServiceLoader} through
 * {@code META-INF/services/io.bgpersistence.preflight.PreflightExtension}, or added, configured,
 * with {@link Preflight.Builder#addExtension}. {@link #appliesTo} must not load a bus client: every
 * {@code bpctl preflight} asks every extension. A check never throws for a failure it can name: it
 * returns {@link CheckStatus#FAIL} with the reason, and {@link CheckStatus#SKIP} when it cannot run
 * here; anything it throws anyway is a {@code FAIL} named after its id.
 */
public interface PreflightExtension extends Extension {
  /**
   * Runs the checks.
   *
   * @param context the document and what the user gave besides it
   * @return one result per check, in a fixed order
   */
  List<CheckResult> run(PreflightContext context);

}
