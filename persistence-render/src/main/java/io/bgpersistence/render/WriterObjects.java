package io.bgpersistence.render;

import io.bgpersistence.model.IntOrPercent;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Map;

/** The objects of one writer: its Deployment and its PodDisruptionBudget. */
final class WriterObjects {
  /** From this many replicas on, a writer whose document states no budget gets one. */
  static final int PDB_MIN_REPLICAS = 2;

  private WriterObjects() {}

  static Deployment deployment(ResolvedFleet fleet, ResolvedWriter w) {
    Map<String, String> annotations = FleetObjects.sorted(fleet.options().extraAnnotations());
    Map<String, String> podAnnotations = FleetObjects.sorted(fleet.options().extraAnnotations());
    podAnnotations.put(Checksums.ANNOTATION, w.checksum());
    Deployment deployment = new DeploymentBuilder()
        .withMetadata(FleetObjects.meta(fleet, w.name(), w.labels(), annotations))
        .withNewSpec()
          // An autoscaler owns the replicas of a scaled writer: stating them would fight it.
          .withReplicas(w.replicas().orElse(null))
          .withNewSelector().withMatchLabels(w.labels().selector()).endSelector()
          .withNewTemplate()
            .withNewMetadata()
              .withLabels(w.labels().toMap())
              .withAnnotations(podAnnotations)
            .endMetadata()
          .endTemplate()
        .endSpec()
        .build();
    // The pod (its environment is most of the object) is set on the built object: each builder
    // level above would deep-copy it again, most of a large fleet's rendering time.
    deployment.getSpec().getTemplate().setSpec(PodSpecs.restricted(fleet, w));
    return deployment;
  }

  /** The writer's budget during voluntary disruptions (drains): how many pods stay, or may go. */
  static PodDisruptionBudget disruptionBudget(ResolvedFleet fleet, ResolvedWriter w, ResolvedWriter.Budget budget) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(FleetObjects.meta(fleet, w.name(), w.labels(),
            FleetObjects.sorted(fleet.options().extraAnnotations())))
        .withNewSpec()
          .withMinAvailable(budget.minAvailable().map(WriterObjects::intOrString).orElse(null))
          .withMaxUnavailable(budget.maxUnavailable().map(WriterObjects::intOrString).orElse(null))
          .withNewSelector().withMatchLabels(w.labels().selector()).endSelector()
        .endSpec()
        .build();
  }

  private static IntOrString intOrString(IntOrPercent v) {
    return v.number().map(IntOrString::new).orElseGet(() -> new IntOrString(v.text().orElseThrow()));
  }
}
