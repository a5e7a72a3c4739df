package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.model.SecretValue;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.Preflight;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "preflight", mixinStandardHelpOptions = true,
    description = {"Check the live prerequisites of a document: brokers, credentials, topics, subscriptions,",
        "namespace and service account. One line per check: ok, FAIL (and why) or SKIP."})
final class PreflightCommand implements Callable<Integer> {
  /** Where the Kafka credential comes from when no file is given (never from the document). */
  static final String SASL_SECRET_ENV = "BPCTL_KAFKA_SASL_SECRET";
  /** An hour: longer is a typo, and the clients' own millisecond settings overflow far above it. */
  static final long MAX_TIMEOUT_SECONDS = 3600;
  /** A credential is a few hundred bytes; a larger file is the wrong file. */
  static final int MAX_SECRET_FILE_BYTES = 64 * 1024;

  @Spec CommandSpec spec;
  @Mixin DebugOption debug;

  @Parameters(paramLabel = "FILE", description = "The document (JSON); - reads standard input.")
  Path file;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long each remote check may take, 1 to 3600 (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--sasl-secret-file", paramLabel = "FILE",
      description = {"The value of the secret kafka_sasl_secret names, as the secret manager holds it:",
          "{\"username\": \"...\", \"password\": \"...\"}. Default: $" + SASL_SECRET_ENV + "."})
  Path saslSecretFile;

  @Option(names = "--pubsub-endpoint", paramLabel = "HOST:PORT",
      description = "Talk to this Pub/Sub endpoint in plaintext without credentials (an emulator).")
  String pubsubEndpoint;

  /** The environment, replaceable in tests. */
  static Function<String, String> environment = System::getenv;

  @Override
  public Integer call() {
    if (timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new picocli.CommandLine.ParameterException(spec.commandLine(),
          "--timeout must be between 1 and " + MAX_TIMEOUT_SECONDS + " seconds");
    }
    ReadResult read = Inputs.read(file);
    PrintWriter out = spec.commandLine().getOut();
    // Live checks of a document that is wrong on paper would only repeat its problems, less clearly.
    DocumentValidator validator = DocumentValidator.standard();
    ValidationReport report = validator.validate(read);
    if (!report.ok()) {
      ProblemPrinter.text(report.errors(), report.warnings(), spec.commandLine().getErr());
      return Bpctl.INVALID;
    }
    PersistenceDocument document = read.document().orElseThrow();
    Map<String, String> options = new LinkedHashMap<>();
    if (pubsubEndpoint != null) {
      options.put("pubsub.endpoint", pubsubEndpoint);
    }
    PreflightContext context = new PreflightContext(document, Duration.ofSeconds(timeoutSeconds),
        saslSecret(), options);
    Preflight preflight = Preflight.builder().validator(validator).build();
    List<CheckResult> results = preflight.run(context);
    if (results.isEmpty()) {
      out.println("SKIP preflight: no checks apply to this document (no backend module on the classpath?)");
    }
    results.forEach(r -> out.println(r.toLine()));
    out.flush();
    return Preflight.passed(results) ? Bpctl.OK : Bpctl.INVALID;
  }

  private Optional<SecretValue> saslSecret() {
    if (saslSecretFile != null) {
      byte[] bytes = Inputs.readSmall(saslSecretFile, MAX_SECRET_FILE_BYTES, "the SASL secret file");
      return Optional.of(new SecretValue(new String(bytes, StandardCharsets.UTF_8).strip()));
    }
    return Optional.ofNullable(environment.apply(SASL_SECRET_ENV)).filter(s -> !s.isBlank()).map(SecretValue::new);
  }
}
