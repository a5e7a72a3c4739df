package io.bgpersistence.cli;

import io.bgpersistence.deploy.ApplyOptions;
import io.bgpersistence.deploy.ApplyReport;
import io.bgpersistence.deploy.FleetDeployer;
import io.bgpersistence.deploy.FleetStatus;
import io.bgpersistence.deploy.UnusableKubeconfigException;
import io.bgpersistence.render.RenderedObjects;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "apply", mixinStandardHelpOptions = true,
    description = {"Apply a valid document's objects to the cluster.",
        "",
        "Server-side apply to the cluster of the current kubeconfig context, as field manager"
            + " 'bpctl'. Prints each object applied, FAILED (and why) or not applied (after a failure), then each"
            + " pruned; exits 1 when anything failed. An invalid document is refused before any connection is made."})
final class ApplyCommand implements Callable<Integer> {
  /** Its client (empty when no cluster is configured), each request bounded by 30 s; tests replace it. */
  static Supplier<Optional<KubernetesClient>> clients = () -> FleetStatus.configuredClient(Duration.ofSeconds(30));

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--dry-run", description = "The API server checks every object and persists nothing.")
  boolean dryRun;

  @Option(names = "--prune", description = "Delete the writers this tool created that FILE no longer has.")
  boolean prune;

  @Option(names = "--force-conflicts", description = "Take over fields another field manager owns.")
  boolean forceConflicts;

  @Mixin RenderOptionsMixin renderOptions;

  @Override
  public Integer call() {
    PrintWriter err = spec.commandLine().getErr();
    Optional<RenderedObjects> rendered = RenderedFile.render(file, renderOptions.options(), err, false);
    if (rendered.isEmpty()) {
      return Bpctl.INVALID;
    }
    Optional<KubernetesClient> configured;
    try {
      configured = clients.get();
    } catch (UnusableKubeconfigException e) {
      err.println("bpctl apply: " + e.getMessage());
      err.flush();
      return Bpctl.USAGE;  // a file that cannot be read
    }
    if (configured.isEmpty()) {
      err.println("bpctl apply: " + FleetStatus.NO_CLUSTER);
      err.flush();
      return Bpctl.INVALID;
    }
    try (KubernetesClient client = configured.get()) {
      ApplyReport report = new FleetDeployer(client).apply(rendered.get(), new ApplyOptions(dryRun, prune, forceConflicts));
      spec.commandLine().getOut().print(report.toText());
      spec.commandLine().getOut().flush();
      if (report.ok()) {
        return Bpctl.OK;
      }
      err.println("bpctl apply: " + report.steps(ApplyReport.Outcome.FAILED).size() + " failed, "
          + report.steps(ApplyReport.Outcome.NOT_TRIED).size() + " not tried, "
          + report.steps(ApplyReport.Outcome.DONE).size() + " done");
      err.flush();
      return Bpctl.INVALID;
    } catch (KubernetesClientException e) {
      // No client (a broken kubeconfig, say): the one line, the trace only with --debug.
      if (debug.debug) {
        throw e;
      }
      err.println("bpctl apply: " + firstLine(e.getMessage()));
      err.flush();
      return Bpctl.INVALID;
    }
  }

  private static String firstLine(String message) {
    return message == null ? "the API server refused the request" : message.lines().findFirst().orElse(message);
  }
}
