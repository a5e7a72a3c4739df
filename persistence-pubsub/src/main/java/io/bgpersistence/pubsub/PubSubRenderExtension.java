package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.model.HpaSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.render.RenderExtension;
import io.fabric8.kubernetes.api.model.GenericKubernetesResource;
import io.fabric8.kubernetes.api.model.GenericKubernetesResourceBuilder;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.ObjectMetaBuilder;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a Pub/Sub fleet adds to the rendered objects: a writer's {@code hpa_specs} becomes a KEDA
 * {@code ScaledObject} with a {@code gcp-pubsub} trigger on the named subscription's backlog
 * (undelivered messages per replica, between the minimum and the maximum), authenticated through
 * one fleet {@code TriggerAuthentication} that uses the KEDA operator's Google identity (GKE
 * Workload Identity). The ScaledObject owns the writer's replicas. Authentication of the writers
 * themselves is their Google identity: the ServiceAccount's annotation is a render option.
 */
public final class PubSubRenderExtension implements RenderExtension {
  /** This extension's id. */
  public static final String ID = "pubsub";
  /** KEDA's API group and version. */
  static final String KEDA_API = "keda.sh/v1alpha1";
  /** The fleet's KEDA authentication's name. */
  static final String TRIGGER_AUTHENTICATION = "background-persistence-gcp";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return PubSubDocuments.isPubSub(document);
  }

  @Override
  public List<HasMetadata> fleetObjects(PersistenceDocument document, ObjectMeta meta) {
    if (document.writers().stream().noneMatch(w -> w.hpaSpecs().isPresent())) {
      return List.of();
    }
    Map<String, Object> spec = Map.of("podIdentity", Map.of("provider", "gcp"));
    return List.of(resource("TriggerAuthentication", new ObjectMetaBuilder(meta).withName(TRIGGER_AUTHENTICATION)
        .build(), spec));
  }

  @Override
  public List<HasMetadata> writerObjects(PersistenceDocument document, WriterSpec writer, ObjectMeta meta) {
    return writer.hpaSpecs().map(hpa -> List.<HasMetadata>of(scaledObject(writer, hpa, meta))).orElse(List.of());
  }

  private static GenericKubernetesResource scaledObject(WriterSpec writer, HpaSpecs hpa, ObjectMeta meta) {
    Map<String, Object> trigger = new LinkedHashMap<>();
    trigger.put("type", "gcp-pubsub");
    Map<String, Object> metadata = new LinkedHashMap<>();
    metadata.put("subscriptionName", hpa.hpaPubsubSubscriptionId().orElseThrow());
    metadata.put("mode", "SubscriptionSize");
    metadata.put("value", Integer.toString(hpa.targetAverageValue()));
    trigger.put("metadata", metadata);
    trigger.put("authenticationRef", Map.of("name", TRIGGER_AUTHENTICATION));
    Map<String, Object> spec = new LinkedHashMap<>();
    spec.put("scaleTargetRef", Map.of("name", meta.getName()));
    spec.put("minReplicaCount", hpa.minReplicas());
    spec.put("maxReplicaCount", hpa.maxReplicas());
    spec.put("triggers", List.of(trigger));
    return resource("ScaledObject", new ObjectMetaBuilder(meta).build(), spec);
  }

  private static GenericKubernetesResource resource(String kind, ObjectMeta meta, Map<String, Object> spec) {
    GenericKubernetesResource r = new GenericKubernetesResourceBuilder()
        .withApiVersion(KEDA_API).withKind(kind).withMetadata(meta).build();
    r.setAdditionalProperty("spec", spec);
    return r;
  }
}
