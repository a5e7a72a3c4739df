package io.bgpersistence.render;

import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentBuilder;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Map;

/** The objects of one writer: its Deployment and, with 2 or more replicas, its PodDisruptionBudget. */
final class WriterObjects {
  /** From this many replicas on, a writer gets a PodDisruptionBudget. */
  static final int PDB_MIN_REPLICAS = 2;

  private WriterObjects() {}

  static Deployment deployment(ResolvedFleet fleet, ResolvedWriter w) {
    Map<String, String> annotations = FleetObjects.sorted(fleet.options().extraAnnotations());
    Map<String, String> podAnnotations = FleetObjects.sorted(fleet.options().extraAnnotations());
    podAnnotations.put(Checksums.ANNOTATION, w.checksum());
    return new DeploymentBuilder()
        .withMetadata(FleetObjects.meta(fleet, w.name(), w.labels(), annotations))
        .withNewSpec()
          .withReplicas(w.replicas())
          .withNewSelector().withMatchLabels(w.labels().selector()).endSelector()
          .withNewTemplate()
            .withNewMetadata()
              .withLabels(w.labels().toMap())
              .withAnnotations(podAnnotations)
            .endMetadata()
            .withSpec(PodSpecs.restricted(fleet, w))
          .endTemplate()
        .endSpec()
        .build();
  }

  static boolean needsDisruptionBudget(ResolvedWriter w) {
    return w.replicas() >= PDB_MIN_REPLICAS;
  }

  /** At most one pod of the writer down at a time during voluntary disruptions (drains). */
  static PodDisruptionBudget disruptionBudget(ResolvedFleet fleet, ResolvedWriter w) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(FleetObjects.meta(fleet, w.name(), w.labels(),
            FleetObjects.sorted(fleet.options().extraAnnotations())))
        .withNewSpec()
          .withMaxUnavailable(new IntOrString(1))
          .withNewSelector().withMatchLabels(w.labels().selector()).endSelector()
        .endSpec()
        .build();
  }
}
