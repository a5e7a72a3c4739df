package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preflight", mixinStandardHelpOptions = true,
    description = {"Check the live prerequisites of a document.",
        "",
        "Brokers, credentials, topics, subscriptions, namespace and service account. One line per"
            + " check: ok, FAIL (and why) or SKIP."})
final class PreflightCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Mixin LiveOptions live;

  @Mixin SaslSecretOption sasl;

  @Override
  public Integer call() {
    Duration timeout = live.timeout();
    Optional<PersistenceDocument> valid = live.validDocument(file);
    if (valid.isEmpty()) {
      return Bpctl.INVALID;
    }
    PrintWriter out = spec.commandLine().getOut();
    PersistenceDocument document = valid.get();
    Map<String, String> options = new LinkedHashMap<>();
    if (live.pubsubEndpoint != null) {
      options.put("pubsub.endpoint", live.pubsubEndpoint);
    }
    PreflightContext context = new PreflightContext(document, timeout, sasl.secret(), options);
    Preflight preflight = Preflight.builder().validator(live.validator()).build();
    List<CheckResult> results = preflight.run(context);
    if (results.isEmpty()) {
      out.println("SKIP preflight: no checks apply to this document (no backend module on the classpath?)");
    }
    results.forEach(r -> out.println(r.toLine()));
    out.flush();
    return Preflight.ok(results) ? Bpctl.OK : Bpctl.INVALID;
  }
}
