package io.bgpersistence.deploy;

import io.bgpersistence.render.Labels;
import io.bgpersistence.render.RenderedObjects;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.dsl.FieldValidateable;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Applies a rendering to a cluster: server-side apply of every object in order, field manager
 * {@code bpctl}, unknown fields refused by the server ({@code fieldValidation.STRICT}); then, when
 * asked, prunes the writers' objects this tool created that the rendering no longer has.
 */
public final class FleetDeployer {
  /** The field manager of every apply; kubectl shows it in {@code managedFields}. */
  public static final String FIELD_MANAGER = "bpctl";

  private final KubernetesClient client;

  /**
   * A deployer to the client's cluster.
   *
   * @param client the cluster (the current kubeconfig context, for bpctl)
   */
  public FleetDeployer(KubernetesClient client) {
    this.client = Objects.requireNonNull(client, "client");
  }

  /**
   * Server-side applies every object as field manager {@value #FIELD_MANAGER}, with strict field
   * validation, then prunes when asked.
   *
   * @param rendered the objects, in order
   * @param options dry run, prune, force conflicts
   * @return what was done, in order
   */
  public ApplyReport apply(RenderedObjects rendered, ApplyOptions options) {
    List<ApplyReport.Step> steps = new ArrayList<>();
    List<HasMetadata> objects = rendered.objects();
    for (HasMetadata o : objects) {
      ServerSideApplicable<HasMetadata> apply = client.resource(o)
          .dryRun(options.dryRun())
          .fieldValidation(FieldValidateable.Validation.STRICT)
          .fieldManager(FIELD_MANAGER);
      (options.forceConflicts() ? apply.forceConflicts() : apply).serverSideApply();
      steps.add(step(ApplyReport.Action.APPLIED, o));
    }
    if (options.prune()) {
      steps.addAll(prune(objects, options.dryRun()));
    }
    return new ApplyReport(steps, options.dryRun());
  }

  /**
   * Deletes the {@link #pruneCandidates prune candidates} (dry run: the server only checks).
   *
   * @param rendered the objects the document renders to
   * @param dryRun whether the server only checks
   * @return one step per deleted object
   */
  public List<ApplyReport.Step> prune(List<HasMetadata> rendered, boolean dryRun) {
    List<ApplyReport.Step> steps = new ArrayList<>();
    for (HasMetadata o : pruneCandidates(rendered)) {
      client.resource(o).dryRun(dryRun).delete();
      steps.add(step(ApplyReport.Action.PRUNED, o));
    }
    return steps;
  }

  /**
   * The writer objects (Deployments, PodDisruptionBudgets) in the fleet's namespace that carry
   * this tool's labels but are not in the rendering. Objects of other tools, other fleets and
   * the fleet-wide objects are never candidates.
   *
   * @param rendered the objects the document renders to
   * @return the objects prune would delete
   */

  public List<HasMetadata> pruneCandidates(List<HasMetadata> rendered) {
    Set<String> keep = new HashSet<>();
    Set<String> namespaces = new java.util.TreeSet<>();
    for (HasMetadata o : rendered) {
      keep.add(key(o));
      if (o.getMetadata().getNamespace() != null) {
        namespaces.add(o.getMetadata().getNamespace());
      }
    }
    Map<String, String> ours = Map.of(Labels.MANAGED_BY, Labels.MANAGER, Labels.PART_OF, Labels.FLEET);
    List<HasMetadata> out = new ArrayList<>();
    for (String ns : namespaces) {
      Stream.concat(
              client.apps().deployments().inNamespace(ns).withLabels(ours).list().getItems().stream(),
              client.policy().v1().podDisruptionBudget().inNamespace(ns).withLabels(ours).list().getItems().stream())
          .filter(o -> !keep.contains(key(o)))
          .forEach(out::add);
    }
    return out;
  }

  private static String key(HasMetadata o) {
    return o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }

  private static ApplyReport.Step step(ApplyReport.Action action, HasMetadata o) {
    return new ApplyReport.Step(action, o.getKind(), o.getMetadata().getNamespace(), o.getMetadata().getName());
  }
}
