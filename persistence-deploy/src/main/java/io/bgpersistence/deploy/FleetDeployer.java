package io.bgpersistence.deploy;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.Secrets;
import io.bgpersistence.render.Labels;
import io.bgpersistence.render.RenderedObjects;
import io.bgpersistence.render.SecretValues;
import io.fabric8.kubernetes.api.model.HasMetadata;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.dsl.FieldValidateable;
import io.fabric8.kubernetes.client.dsl.ServerSideApplicable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Supplier;

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
   * Server-side applies every object in order as field manager {@value #FIELD_MANAGER}, with
   * strict field validation, then prunes when asked. Never throws for what the API server says:
   * the first object it refuses (or that cannot be sent) is a failed step with the reason, the
   * objects after it are not tried, and a prune after a failed apply is not tried either (its
   * candidates are still listed, so the report names them).
   *
   * @param rendered the objects, in order
   * @param options dry run, prune, force conflicts
   * @return what was applied, what failed and what was not tried, in order
   */
  public ApplyReport apply(RenderedObjects rendered, ApplyOptions options) {
    List<ApplyReport.Step> steps = new ArrayList<>();
    List<HasMetadata> objects = rendered.objects();
    boolean failed = false;
    for (HasMetadata o : objects) {
      if (failed) {
        steps.add(notTried(ApplyReport.Operation.APPLY, o, "not tried after the failure above"));
        continue;
      }
      try {
        ServerSideApplicable<HasMetadata> apply = client.resource(o)
            .dryRun(options.dryRun())
            .fieldValidation(FieldValidateable.Validation.STRICT)
            .fieldManager(FIELD_MANAGER);
        (options.forceConflicts() ? apply.forceConflicts() : apply).serverSideApply();
        steps.add(step(ApplyReport.Operation.APPLY, ApplyReport.Outcome.DONE, o, null));
      } catch (KubernetesClientException e) {
        steps.add(step(ApplyReport.Operation.APPLY, ApplyReport.Outcome.FAILED, o, reason(e, o)));
        failed = true;
      }
    }
    if (options.prune()) {
      steps.addAll(failed ? pruneNotTried(objects) : prune(objects, options.dryRun()));
    }
    return new ApplyReport(steps, options.dryRun());
  }

  /**
   * Deletes the {@link #pruneCandidates prune candidates} in order (dry run: the server only
   * checks). The first delete the server refuses is a failed step; the candidates after it are
   * not tried. When the candidates cannot be listed, that is one failed step.
   *
   * @param rendered the objects the document renders to
   * @param dryRun whether the server only checks
   * @return one step per candidate: pruned, failed or not tried
   */
  public List<ApplyReport.Step> prune(List<HasMetadata> rendered, boolean dryRun) {
    List<ApplyReport.Step> steps = new ArrayList<>();
    Candidates candidates = candidates(rendered);
    boolean failed = candidates.failure().isPresent();
    candidates.failure().ifPresent(steps::add);
    for (HasMetadata o : candidates.objects()) {
      if (failed) {
        steps.add(notTried(ApplyReport.Operation.PRUNE, o, "not tried after the failure above"));
        continue;
      }
      try {
        client.resource(o).dryRun(dryRun).delete();
        steps.add(step(ApplyReport.Operation.PRUNE, ApplyReport.Outcome.DONE, o, null));
      } catch (KubernetesClientException e) {
        steps.add(step(ApplyReport.Operation.PRUNE, ApplyReport.Outcome.FAILED, o, reason(e, o)));
        failed = true;
      }
    }
    return steps;
  }

  /** After a failed apply: every candidate not tried, or nothing more when they cannot be listed. */
  private List<ApplyReport.Step> pruneNotTried(List<HasMetadata> rendered) {
    Candidates candidates = candidates(rendered);
    List<ApplyReport.Step> steps = new ArrayList<>();
    candidates.failure().ifPresent(steps::add);
    candidates.objects().forEach(o -> steps.add(notTried(ApplyReport.Operation.PRUNE, o, "not tried: the apply failed")));
    return steps;
  }

  /**
   * The writer objects (Deployments, PodDisruptionBudgets) in the fleet's namespace that carry
   * this tool's labels but are not in the rendering. Objects of other tools, other fleets and
   * the fleet-wide objects are never candidates.
   *
   * @param rendered the objects the document renders to
   * @return the objects prune would delete
   * @throws KubernetesClientException when the API server cannot list them
   */
  public List<HasMetadata> pruneCandidates(List<HasMetadata> rendered) {
    Candidates candidates = candidates(rendered);
    if (candidates.failure().isPresent()) {
      throw new KubernetesClientException(candidates.failure().get().toString());
    }
    return candidates.objects();
  }

  /** The candidates found, and the listing that failed (after which nothing more is listed). */
  private record Candidates(List<HasMetadata> objects, Optional<ApplyReport.Step> failure) {}

  private Candidates candidates(List<HasMetadata> rendered) {
    Set<String> keep = new HashSet<>();
    Set<String> namespaces = new TreeSet<>();
    for (HasMetadata o : rendered) {
      keep.add(key(o));
      if (o.getMetadata().getNamespace() != null) {
        namespaces.add(o.getMetadata().getNamespace());
      }
    }
    // Sorted, so the label selector sent is the same on every run.
    Map<String, String> ours = new TreeMap<>(Map.of(Labels.MANAGED_BY, Labels.MANAGER, Labels.PART_OF, Labels.FLEET));
    List<HasMetadata> out = new ArrayList<>();
    for (String ns : namespaces) {
      List<Map.Entry<String, Supplier<List<? extends HasMetadata>>>> lists = List.of(
          Map.entry("Deployment", () -> client.apps().deployments().inNamespace(ns).withLabels(ours).list().getItems()),
          Map.entry("PodDisruptionBudget",
              () -> client.policy().v1().podDisruptionBudget().inNamespace(ns).withLabels(ours).list().getItems()));
      for (Map.Entry<String, Supplier<List<? extends HasMetadata>>> list : lists) {
        try {
          list.getValue().get().stream().filter(o -> !keep.contains(key(o))).forEach(out::add);
        } catch (KubernetesClientException e) {
          return new Candidates(out, Optional.of(new ApplyReport.Step(ApplyReport.Operation.PRUNE,
              ApplyReport.Outcome.FAILED, list.getKey(), ns, null, Optional.of("cannot list them: " + reason(e, null)))));
        }
      }
    }
    return new Candidates(out, Optional.empty());
  }

  private static String key(HasMetadata o) {
    return o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName();
  }

  private static ApplyReport.Step step(
      ApplyReport.Operation operation, ApplyReport.Outcome outcome, HasMetadata o, String reason) {
    return new ApplyReport.Step(operation, outcome, o.getKind(), o.getMetadata().getNamespace(),
        o.getMetadata().getName(), Optional.ofNullable(reason));
  }

  private static ApplyReport.Step notTried(ApplyReport.Operation operation, HasMetadata o, String reason) {
    return step(operation, ApplyReport.Outcome.NOT_TRIED, o, reason);
  }

  /**
   * Why the API server refused (its status code and message), or why it could not be asked, on one
   * line. The server may quote the object back: every value of the object held under a
   * secret-like name (a ConfigMap key, an environment variable) is masked.
   */
  private String reason(KubernetesClientException e, HasMetadata object) {
    // No answer at all: the client's own message only names the operation; the cause says why.
    String message = e.getStatus() == null ? KubernetesPreflight.reason(e)
        : e.getStatus().getMessage() != null ? e.getStatus().getMessage()
        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    String line = (e.getCode() > 0 ? "HTTP " + e.getCode() + ": " : "")
        + message.lines().map(String::strip).filter(l -> !l.isEmpty()).findFirst().orElse("no message");
    if (object != null) {
      for (String secret : SecretValues.in(client.getKubernetesSerialization().convertValue(object, JsonNode.class))) {
        line = line.replace(secret, Secrets.MASK);
      }
    }
    return line;
  }
}
