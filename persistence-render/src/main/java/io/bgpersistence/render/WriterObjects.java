package io.bgpersistence.render;

import io.bgpersistence.model.IntOrPercent;
import io.fabric8.kubernetes.api.model.IntOrString;
import io.fabric8.kubernetes.api.model.LabelSelector;
import io.fabric8.kubernetes.api.model.ObjectMeta;
import io.fabric8.kubernetes.api.model.PodTemplateSpec;
import io.fabric8.kubernetes.api.model.apps.Deployment;
import io.fabric8.kubernetes.api.model.apps.DeploymentSpec;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudget;
import io.fabric8.kubernetes.api.model.policy.v1.PodDisruptionBudgetBuilder;
import java.util.Map;

/** The objects of one writer: its Deployment and its PodDisruptionBudget. */
final class WriterObjects {
  /** From this many replicas on, a writer whose document states no budget gets one. */
  static final int PDB_MIN_REPLICAS = 2;

  private WriterObjects() {}

  static Deployment deployment(FleetFrame frame, ResolvedWriter w) {
    Map<String, String> annotations = FleetObjects.sorted(frame.options().extraAnnotations());
    Map<String, String> podAnnotations = FleetObjects.sorted(frame.options().extraAnnotations());
    podAnnotations.put(Checksums.ANNOTATION, w.checksum());
    // Plain setters, as for the pod (see PodSpecs): fabric8's builders copy at every level.
    Deployment deployment = new Deployment();
    deployment.setMetadata(FleetObjects.meta(frame, w.name(), w.labels(), annotations));
    DeploymentSpec spec = new DeploymentSpec();
    // An autoscaler owns the replicas of a scaled writer: stating them would fight it.
    spec.setReplicas(w.replicas().orElse(null));
    LabelSelector selector = new LabelSelector();
    selector.setMatchLabels(w.labels().selector());
    spec.setSelector(selector);
    ObjectMeta podMeta = new ObjectMeta();
    podMeta.setLabels(w.labels().toMap());
    podMeta.setAnnotations(podAnnotations);
    PodTemplateSpec template = new PodTemplateSpec();
    template.setMetadata(podMeta);
    template.setSpec(PodSpecs.restricted(frame, w));
    spec.setTemplate(template);
    deployment.setSpec(spec);
    return deployment;
  }

  /** The writer's budget during voluntary disruptions (drains): how many pods stay, or may go. */
  static PodDisruptionBudget disruptionBudget(FleetFrame frame, ResolvedWriter w, ResolvedWriter.Budget budget) {
    return new PodDisruptionBudgetBuilder()
        .withMetadata(FleetObjects.meta(frame, w.name(), w.labels(),
            FleetObjects.sorted(frame.options().extraAnnotations())))
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
