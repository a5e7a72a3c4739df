package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.fabric8.kubernetes.client.KubernetesClient;
import io.fabric8.kubernetes.client.server.mock.EnableKubernetesMockClient;
import java.nio.file.Path;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * No Kubernetes API server can run here. Apply is tested as far as is honest: that it refuses an
 * invalid document before connecting, and that an API server's refusal (fabric8's MOCK server,
 * which cannot do server-side apply and answers it with an error) is one line and exit 1, not a
 * stack trace.
 */
@EnableKubernetesMockClient(crud = true)
class ApplyCommandTest {
  private static final Supplier<KubernetesClient> REAL = ApplyCommand.clients;

  KubernetesClient client;

  @AfterEach
  void restore() {
    ApplyCommand.clients = REAL;
  }

  @Test
  void anInvalidDocumentIsRefusedBeforeAnyConnection() {
    ApplyCommand.clients = () -> {
      throw new AssertionError("apply connected to a cluster for an invalid document");
    };
    CliRun run = CliRun.of("apply", Path.of("..", "examples", "seed-example.json").toString(), "--prune");
    assertEquals(1, run.exitCode());
    assertEquals("", run.out());
    assertTrue(run.err().contains("bus_writer_image_go"), run.err());
  }

  @Test
  void aRefusalOfTheApiServerIsOneLineAndExit1() {
    ApplyCommand.clients = () -> client;
    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString(), "--dry-run");
    assertEquals(1, run.exitCode(), run.err());
    assertEquals("", run.out());
    assertTrue(run.err().startsWith("bpctl apply: "), run.err());
    assertTrue(run.err().contains("serviceaccounts/background-persistence-sa"), run.err());
    assertEquals(1, run.err().strip().lines().count(), run.err());
    assertFalse(run.err().contains("\tat "), run.err());
  }
}
