package io.bgpersistence.pubsub.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.PreflightContext;
import io.bgpersistence.preflight.PreflightExtension;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import java.io.IOException;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * {@code bpctl preflight} for Pub/Sub: each topic and subscription the writers need exists and
 * each subscription reads the topic it should. The endpoint is the option {@value #ENDPOINT_OPTION}
 * ({@code --pubsub-endpoint HOST:PORT}), else the standard {@value #EMULATOR_ENV} variable, both
 * plaintext without credentials; else Google's service with the default credentials.
 *
 * <p>ServiceLoader instantiates this class whenever bpctl starts preflight: nothing of Google's
 * client is touched before {@link #run}.
 */
public final class PubSubPreflight implements PreflightExtension {
  /** This extension's id, also the prefix of its check names. */
  public static final String ID = "pubsub";
  /** The option naming an emulator, {@code HOST:PORT} ({@code bpctl preflight --pubsub-endpoint}). */
  public static final String ENDPOINT_OPTION = "pubsub.endpoint";
  /** The environment variable that names an emulator when the option is not given. */
  public static final String EMULATOR_ENV = "PUBSUB_EMULATOR_HOST";
  /** Google's standard variable for the project, used for short ids when the document names none. */
  public static final String PROJECT_ENV = "GOOGLE_CLOUD_PROJECT";

  private final UnaryOperator<String> environment;

  /**
   * Reads the process environment: what ServiceLoader makes. The writer types checked are the
   * preflight's ({@link PreflightContext#registry()}).
   */
  public PubSubPreflight() {
    this(System::getenv);
  }

  /** Reads the environment through {@code environment} (tests pass their own). */
  PubSubPreflight(UnaryOperator<String> environment) {
    this.environment = Objects.requireNonNull(environment, "environment");
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return PubSubDocuments.isPubSub(document);
  }

  @Override
  public List<CheckResult> run(PreflightContext context) {
    Optional<String> endpoint = context.option(ENDPOINT_OPTION)
        .or(() -> Optional.ofNullable(environment.apply(EMULATOR_ENV)))
        .filter(e -> !e.isBlank());
    try (PubSubAdmin admin = GoogleAdmin.open(endpoint, context.timeout())) {
      Optional<String> project = Optional.ofNullable(environment.apply(PROJECT_ENV)).filter(p -> !p.isBlank());
      return new PubSubChecks(context.document(), context.registry(), admin, project).run();
    } catch (IOException e) {
      // None configured is as Kafka's missing credential: nothing failed, nothing was proven.
      CredentialsProblem problem = CredentialsProblem.of(e, environment);
      String detail = problem.detail() + "; run 'gcloud auth application-default login', or give "
          + "--pubsub-endpoint HOST:PORT for an emulator";
      return List.of(problem.configured() ? CheckResult.fail(ID + ".credentials", detail)
          : CheckResult.skip(ID + ".credentials", detail));
    }
  }
}
