package io.bgpersistence.pubsub.client;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * Why Google's client could not be made, in one line that quotes nothing of a credentials file.
 * Whether any credentials are configured decides how it counts: none at all is a check that could
 * not run here (nothing failed, nothing was proven), configured ones that cannot be used a failure.
 *
 * @param configured whether credentials are configured (a file named, or gcloud's default one)
 * @param detail what is wrong, for a person
 */
public record CredentialsProblem(boolean configured, String detail) {
  /** The variable that names a credentials file. */
  public static final String CREDENTIALS_ENV = "GOOGLE_APPLICATION_CREDENTIALS";

  /**
   * The problem behind a failure to make the client.
   *
   * @param e what the client threw
   * @param environment the process environment (tests pass their own)
   * @return configured or not, and why
   */
  public static CredentialsProblem of(IOException e, UnaryOperator<String> environment) {
    String cause = " (" + e.getClass().getSimpleName() + ")";
    String named = environment.apply(CREDENTIALS_ENV);
    if (named != null && !named.isBlank()) {
      return new CredentialsProblem(true, isFile(named)
          ? "the credentials file " + CREDENTIALS_ENV + " names cannot be used" + cause
          : CREDENTIALS_ENV + " names no readable file");
    }
    String home = System.getProperty("user.home");
    if (home != null && isFile(Path.of(home, ".config", "gcloud", "application_default_credentials.json").toString())) {
      return new CredentialsProblem(true, "gcloud's application default credentials cannot be used" + cause);
    }
    return new CredentialsProblem(false, "no Google credentials to ask Pub/Sub with");
  }

  private static boolean isFile(String path) {
    try {
      return Files.isRegularFile(Path.of(path));
    } catch (InvalidPathException e) {
      return false;
    }
  }
}
