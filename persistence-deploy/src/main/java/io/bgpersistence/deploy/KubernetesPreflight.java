package io.bgpersistence.deploy;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.preflight.PreflightExtension;
import io.fabric8.kubernetes.client.Config;
import io.fabric8.kubernetes.client.ConfigBuilder;
import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.KubernetesClientBuilder;
import io.fabric8.kubernetes.client.KubernetesClientException;
import io.fabric8.kubernetes.client.utils.Utils;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The cluster side of preflight: the namespace and the service account the document names exist
 * in the cluster of the current kubeconfig context. No cluster configured: SKIP, not ok.
 */
public final class KubernetesPreflight implements PreflightExtension {
  static final String NAMESPACE = "kubernetes.namespace";
  static final String SERVICE_ACCOUNT = "kubernetes.service-account";
  /** How a failure to reach any API server starts. */
  static final String UNREACHABLE = "cannot reach the cluster: ";

  /** A client for the given timeout, or empty when no cluster is configured; replaceable in tests. */
  private final Function<Duration, Optional<KubernetesClient>> clients;

  /** Checks against the cluster of the current kubeconfig context: what ServiceLoader makes. */
  public KubernetesPreflight() {

    this(KubernetesPreflight::configuredClient);
  }

  KubernetesPreflight(Function<Duration, Optional<KubernetesClient>> clients) {
    this.clients = clients;
  }

  @Override
  public String id() {
    return "kubernetes";
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return Setting.NAMESPACE.valueIn(document).isPresent();
  }

  @Override
  public List<CheckResult> run(PreflightContext context) {
    String namespace = Setting.NAMESPACE.valueIn(context.document()).orElseThrow();
    Optional<String> serviceAccount = Setting.SERVICE_ACCOUNT_NAME.valueIn(context.document());
    String saName = SERVICE_ACCOUNT + "[" + namespace + "/" + serviceAccount.orElse("?") + "]";
    String nsName = NAMESPACE + "[" + namespace + "]";
    Optional<KubernetesClient> maybeClient;
    try {
      maybeClient = clients.apply(context.timeout());
    } catch (UnusableKubeconfigException e) {
      return List.of(CheckResult.fail(nsName, e.getMessage()), CheckResult.skip(saName, "the cluster could not be asked"));
    }
    if (maybeClient.isEmpty()) {
      String why = FleetStatus.NO_CLUSTER;
      return List.of(CheckResult.skip(nsName, why), CheckResult.skip(saName, why));
    }
    List<CheckResult> results = new ArrayList<>();
    try (KubernetesClient client = maybeClient.get()) {
      boolean namespaceExists;
      try {
        namespaceExists = client.namespaces().withName(namespace).get() != null;
        results.add(namespaceExists
            ? CheckResult.ok(nsName, "exists")
            : CheckResult.fail(nsName, "does not exist (create it, or render with --include-namespace)"));
      } catch (KubernetesClientException e) {
        String why = reason(e);
        return List.of(CheckResult.fail(nsName, why), CheckResult.skip(saName, "the namespace could not be read"));
      }
      if (serviceAccount.isEmpty()) {
        results.add(CheckResult.skip(saName, "the document names no service_account_name"));
      } else if (!namespaceExists) {
        results.add(CheckResult.skip(saName, "its namespace does not exist"));
      } else {
        try {
          boolean exists = client.serviceAccounts().inNamespace(namespace).withName(serviceAccount.get()).get() != null;
          results.add(exists
              ? CheckResult.ok(saName, "exists")
              : CheckResult.fail(saName, "does not exist (bpctl apply creates it from the document)"));
        } catch (KubernetesClientException e) {
          results.add(CheckResult.fail(saName, reason(e)));
        }
      }
    }
    return results;
  }

  static String reason(KubernetesClientException e) {
    if (e.getStatus() == null) {
      // No answer from an API server at all: the connection failed, or the request was not sent.
      // Only a connection's fault is quoted (a refusal, a host name): another's might quote the data.
      Throwable root = rootCause(e);
      String name = root.getClass().getSimpleName();
      return root instanceof java.io.IOException
          ? UNREACHABLE + (root.getMessage() == null ? name : root.getMessage())
          : "the request failed (" + name + ")";
    }
    return switch (e.getCode()) {
      case 401 -> "the cluster refused the credentials of the current context (401)";
      case 403 -> "not allowed to read it with the current context (403)";
      default -> "the cluster answered " + e.getCode() + ": " + e.getStatus().getMessage();
    };
  }

  private static Throwable rootCause(Throwable t) {
    Throwable root = t;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root;
  }

  /**
   * A client of the current kubeconfig context, if one is configured at all.
   *
   * @throws UnusableKubeconfigException when the kubeconfig names files that are missing or broken
   */
  static Optional<KubernetesClient> configuredClient(Duration timeout) {
    String kubeconfigSetting = Utils.getSystemPropertyOrEnvVar(Config.KUBERNETES_KUBECONFIG_FILE);
    List<Path> named = kubeconfigSetting == null ? List.of() : Stream.of(kubeconfigSetting.split(File.pathSeparator))
        .filter(s -> !s.isBlank()).map(Path::of).toList();
    Path home = Path.of(System.getProperty("user.home"), ".kube", "config");
    List<Path> files = named.isEmpty() ? List.of(home) : named;
    boolean kubeconfig = files.stream().anyMatch(Files::isRegularFile);
    boolean inCluster = System.getenv("KUBERNETES_SERVICE_HOST") != null;
    if (!named.isEmpty() && !kubeconfig && !inCluster) {
      // The fabric8 client would quietly fall back to an in-cluster address and fail later, vaguely.
      // In a cluster, that fallback (the pod's service account) is what a stale KUBECONFIG gets.
      throw new UnusableKubeconfigException("KUBECONFIG names no file that exists (" + kubeconfigSetting + ")");
    }
    if (!kubeconfig && !inCluster) {
      return Optional.empty();
    }
    int millis = (int) Math.min(Integer.MAX_VALUE, timeout.toMillis());
    try {
      Config config = new ConfigBuilder(Config.autoConfigure(null))
          .withConnectionTimeout(millis)
          .withRequestTimeout(millis)
          .withRequestRetryBackoffLimit(0)
          .build();
      return Optional.of(new KubernetesClientBuilder().withConfig(config).build());
    } catch (RuntimeException e) {
      String which = kubeconfig ? "the kubeconfig " + files.stream().filter(Files::isRegularFile)
          .map(Path::toString).collect(Collectors.joining(", ")) : "the in-cluster configuration";
      throw new UnusableKubeconfigException("cannot use " + which + ": " + unusableBecause(e));
    }
  }

  /** Why a kubeconfig could not be loaded, without the exception's message (it may quote the file). */
  static String unusableBecause(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
      if (t.getClass().getName().toLowerCase(Locale.ROOT).contains("yaml")) {
        Matcher at = YAML_MARK.matcher(String.valueOf(t.getMessage()));
        return "it is not valid YAML" + (at.find() ? " (line " + at.group(1) + ", column " + at.group(2) + ")" : "");
      }
    }
    return "it is not a usable kubeconfig (" + rootCause(e).getClass().getSimpleName() + ")";
  }

  /** Where a YAML parser says the fault is: only these digits are taken from its message. */
  private static final Pattern YAML_MARK = Pattern.compile("line (\\d+), column (\\d+)");
}
