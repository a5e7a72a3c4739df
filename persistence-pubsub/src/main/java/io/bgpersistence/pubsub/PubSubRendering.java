package io.bgpersistence.pubsub;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.render.RenderExtension;
import io.bgpersistence.render.RenderOptions;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What a Pub/Sub fleet adds to the rendered objects. Authentication is the pod's Google identity:
 * the ServiceAccount carries GKE Workload Identity's annotation naming the Google service account
 * of the document's {@code gcp_service_account}. The document (not a render option) holds it so
 * that {@code render}, {@code apply} and {@code diff} of one file always agree. The other
 * Pub/Sub-tagged settings (the project of short ids) go to the shared ConfigMap. No Kafka
 * environment: the core renders no KAFKA-tagged setting and this adds none.
 */
public final class PubSubRendering implements RenderExtension {
  /** This extension's id. */
  public static final String ID = "pubsub";

  /** GKE Workload Identity: the Google service account a Kubernetes ServiceAccount acts as. */
  public static final String WORKLOAD_IDENTITY_ANNOTATION = "iam.gke.io/gcp-service-account";
  /** The setting that becomes the annotation rather than a ConfigMap entry. */
  private static final Setting IDENTITY = Setting.GCP_SERVICE_ACCOUNT;

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return PubSubDocuments.isPubSub(document);
  }

  @Override
  public Map<String, String> sharedSettings(PersistenceDocument document) {
    Map<String, String> out = new LinkedHashMap<>();
    for (Setting s : Setting.values()) {
      if (s != IDENTITY && s.backend().filter(BusBackend.PUBSUB::equals).isPresent()) {
        s.givenIn(document).ifPresent(v -> out.put(s.envName(), v));
      }
    }
    return out;
  }

  @Override
  public Map<String, String> serviceAccountAnnotations(PersistenceDocument document, RenderOptions options) {
    return IDENTITY.givenIn(document)
        .map(v -> Map.of(WORKLOAD_IDENTITY_ANNOTATION, v))
        .orElse(Map.of());
  }
}
