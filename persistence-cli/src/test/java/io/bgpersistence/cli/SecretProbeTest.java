package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every command, with and without --debug, over documents holding secrets and broken in different
 * places (inside the secret, next to it, far from it, in the binding, in a rule): no probe is printed.
 */
class SecretProbeTest {
  private static final Path KAFKA = Path.of("..", "examples", "kafka-example.json");
  private static final String PROBE = "S3cr3t-PROBE-99";

  @TempDir Path dir;

  @AfterEach
  void restoreEnvironment() {
    LiveOptions.environment = System::getenv;
  }

  private List<Path> brokenDocuments() throws Exception {
    String example = Files.readString(KAFKA);
    String withSecrets = example.replace("\"AmazonMSK_bgp-writers\"", "\"" + PROBE + "\"")
        .replaceFirst("\\{", "{\"db_password\": \"" + PROBE + "\", \"extra\": {\"api_token\": \"" + PROBE + "\"},");
    List<String> variants = new ArrayList<>();
    variants.add(withSecrets);                                                     // valid: rendered by name only
    variants.add(withSecrets.substring(0, withSecrets.indexOf(PROBE) + 4));        // cut inside the secret
    variants.add(withSecrets.substring(0, withSecrets.lastIndexOf("\"writers\"")));  // cut far from it
    variants.add(withSecrets.replace("\"" + PROBE + "\"", PROBE));                 // the secret unquoted
    variants.add(withSecrets.replace("\"" + PROBE + "\",", "\"" + PROBE + "\" ,,")); // a syntax error after it
    variants.add(withSecrets.replace(PROBE, PROBE + "\n"));                         // a raw newline inside it
    variants.add(withSecrets.replace(PROBE, PROBE + "\\q"));                        // a bad escape inside it
    variants.add(withSecrets.replaceFirst("]\\s*}\\s*$", "}"));                    // mismatched bracket at the end
    variants.add(withSecrets.replace("\"db_password\": \"" + PROBE + "\"", "\"db_password\": [\"" + PROBE + "\"}"));
    variants.add(withSecrets.replace("\"default_replica_count\": 1", "\"default_replica_count\": \"" + PROBE + "\""));
    variants.add(withSecrets.replace("\"kafka_sasl_secret\": \"" + PROBE + "\"",
        "\"kafka_sasl_secret\": \"<" + PROBE + ">\""));                             // a placeholder in the secret
    variants.add(withSecrets.replace("\"kafka_sasl_secret\": \"" + PROBE + "\"",
        "\"kafka_sasl_secret\": \"" + PROBE + " with spaces/and:colons\""));       // a secret name that is wrong
    variants.add(withSecrets.replace("\"kafka_sasl_secret\": \"" + PROBE + "\"", "\"kafka_sasl_secret\": 7,"
        + " \"kafka_sasl_secret\": \"" + PROBE + "\""));                            // a duplicate key
    List<Path> files = new ArrayList<>();
    for (int i = 0; i < variants.size(); i++) {
      Path f = dir.resolve("probe-" + i + ".json");
      Files.writeString(f, variants.get(i), StandardCharsets.UTF_8);
      files.add(f);
    }
    return files;
  }

  @Test
  void noCommandPrintsAProbe() throws Exception {
    // A credential for preflight that holds the probe too: preflight reads it, never prints it.
    LiveOptions.environment = Map.of(SaslSecretOption.ENV,
        "{\"username\": \"u\", \"password\": \"" + PROBE + "\"}")::get;
    for (Path file : brokenDocuments()) {
      String f = file.toString();
      List<String[]> commands = List.of(
          new String[] {"validate", f}, new String[] {"validate", f, "--format", "json"},
          new String[] {"validate", f, "--strict"}, new String[] {"render", f}, new String[] {"render", f, "--format", "json"},
          new String[] {"fmt", f}, new String[] {"diff", KAFKA.toString(), f}, new String[] {"diff", f, f, "--format", "json"},
          new String[] {"preflight", f, "--timeout", "1"}, new String[] {"provision", f, "--dry-run", "--timeout", "1"},
          new String[] {"status", f, "--format", "json", "--timeout", "1"});
      boolean broken = isBroken(file);
      for (String[] command : commands) {
        for (boolean debug : new boolean[] {false, true}) {
          List<String> args = new ArrayList<>(List.of(command));
          if (debug) {
            args.add("--debug");
          }
          if (List.of("preflight", "provision", "status").contains(command[0]) && !broken) {
            continue;  // a valid document would reach for the example's brokers: no network in tests
          }
          CliRun run = CliRun.of(args.toArray(String[]::new));
          String printed = run.out() + run.err();
          String where = String.join(" ", args) + " on\n" + Files.readString(file).substring(0, Math.min(200, (int) Files.size(file)));
          boolean outputMayHoldIt = command[0].equals("fmt")
              || (!broken && (command[0].equals("render") || command[0].equals("diff")));
          if (!outputMayHoldIt) {
            assertFalse(printed.contains(PROBE), where + "\nprinted:\n" + printed);
          } else {
            // fmt prints the document itself, and a valid document renders the secret's *name* into
            // its ConfigMap: the probe may be on stdout there, but never in a message.
            assertFalse(run.err().contains(PROBE), where + "\nprinted:\n" + run.err());
          }
          assertNotEquals(-1, run.exitCode());
        }
      }
    }
  }

  private static boolean isBroken(Path file) {
    return CliRun.of("validate", file.toString()).exitCode() != 0;
  }
}
