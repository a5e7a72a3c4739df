package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bpctl provision} on a Pub/Sub document, run as users run it (a new JVM) on a machine
 * without Google credentials: a usage error (2) that says what to do, and a failed check (1) when
 * the credentials named cannot be read. Google's library is kept off the network: no credentials
 * file in the home it is given, no Compute Engine metadata check, and a metadata address on
 * loopback that refuses, should it look anyway. Nothing else can stand in for Google here.
 */
class GoogleCredentialsRunTest {
  private static final Path DOCUMENT = Path.of("..", "examples", "pubsub-example.json");
  private static final String HOW =
      "; run 'gcloud auth application-default login', or give --pubsub-endpoint HOST:PORT for an emulator";

  @Test
  void noCredentialsIsAUsageErrorThatSaysWhatToDo(@TempDir Path home) throws Exception {
    CliRun run = provision(home, Map.of());
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("bpctl provision: no Google credentials to ask Pub/Sub with" + HOW + System.lineSeparator(), run.err());
    assertEquals("", run.out());
  }

  @Test
  void credentialsThatCannotBeReadAreAFailedCheck(@TempDir Path home) throws Exception {
    CliRun run = provision(home, Map.of("GOOGLE_APPLICATION_CREDENTIALS", home.resolve("missing.json").toString()));
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("bpctl provision: GOOGLE_APPLICATION_CREDENTIALS names no readable file" + HOW
        + System.lineSeparator(), run.err());
  }

  private static CliRun provision(Path home, Map<String, String> extra) throws Exception {
    return CliRun.inNewJvm(home, env -> {
      env.remove("GOOGLE_APPLICATION_CREDENTIALS");
      env.put("HOME", home.toString());
      env.put("CLOUDSDK_CONFIG", home.resolve("gcloud").toString());
      env.put("NO_GCE_CHECK", "true");
      env.put("GCE_METADATA_HOST", "127.0.0.1:1");
      env.putAll(extra);
    }, "provision", "--dry-run", DOCUMENT.toString());
  }
}
