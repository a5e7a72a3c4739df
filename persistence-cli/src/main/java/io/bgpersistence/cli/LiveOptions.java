package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Function;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * What the commands that talk to live systems ({@code preflight}, {@code provision},
 * {@code status}) share: the timeout of each remote call, the Pub/Sub endpoint, and reading a
 * document that must be valid first (live checks of a document wrong on paper would only repeat
 * its problems, less clearly).
 */
final class LiveOptions {
  /** An hour: longer is a typo, and the clients' own millisecond settings overflow far above it. */
  static final long MAX_TIMEOUT_SECONDS = 3600;

  /** The environment, replaceable in tests. */
  static Function<String, String> environment = System::getenv;

  @Spec(Spec.Target.MIXEE) CommandSpec spec;

  @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "10",
      description = "How long each remote call may take, 1 to 3600 (default: ${DEFAULT-VALUE}).")
  long timeoutSeconds;

  @Option(names = "--pubsub-endpoint", paramLabel = "HOST:PORT",
      description = "Talk to this Pub/Sub endpoint in plaintext without credentials (an emulator).")
  String pubsubEndpoint;

  Duration timeout() {
    if (timeoutSeconds <= 0 || timeoutSeconds > MAX_TIMEOUT_SECONDS) {
      throw new ParameterException(spec.commandLine(), "--timeout must be between 1 and " + MAX_TIMEOUT_SECONDS
          + " seconds");
    }
    return Duration.ofSeconds(timeoutSeconds);
  }

  /** The option, else {@code PUBSUB_EMULATOR_HOST}: empty means Google's service. */
  Optional<String> pubsubEndpoint() {
    return Optional.ofNullable(pubsubEndpoint)
        .or(() -> Optional.ofNullable(environment.apply("PUBSUB_EMULATOR_HOST")))
        .filter(e -> !e.isBlank());
  }

  /** The project of short Pub/Sub ids when the document names none: {@code GOOGLE_CLOUD_PROJECT}. */
  static Optional<String> defaultProject() {
    return Optional.ofNullable(environment.apply("GOOGLE_CLOUD_PROJECT")).filter(p -> !p.isBlank());
  }

  /** The validator of this run; its registry is the one the live checks use too. */
  DocumentValidator validator() {
    return DocumentValidator.standard();
  }

  /** The valid document, or empty after printing its problems on stderr. */
  Optional<PersistenceDocument> validDocument(Path file) {
    ReadResult read = Inputs.read(file);
    ValidationReport report = validator().validate(read);
    if (!report.ok()) {
      ProblemPrinter.text(report.errors(), report.warnings(), spec.commandLine().getErr());
      return Optional.empty();
    }
    return read.document();
  }
}
