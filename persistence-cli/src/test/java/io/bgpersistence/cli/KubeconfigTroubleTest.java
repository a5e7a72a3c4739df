package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What apply, status and preflight say when the kubeconfig cannot be used or its cluster does not
 * answer, through the real client factory (the fabric8 client reads the {@code kubeconfig} system
 * property before the {@code KUBECONFIG} variable). The cluster is a closed port on 127.0.0.1.
 */
class KubeconfigTroubleTest {
  private static final String TOKEN = "kube-tok-SECRET123";

  @TempDir Path dir;

  @AfterEach
  void forget() {
    System.clearProperty("kubeconfig");
  }

  private Path kubeconfig(int port, boolean broken) throws IOException {
    String user = broken ? "  user: {token: \"" + TOKEN + "\"\n" : "  user: {token: \"" + TOKEN + "\"}\n";
    Path file = dir.resolve(broken ? "broken.yaml" : "kubeconfig.yaml");
    Files.writeString(file, "apiVersion: v1\nkind: Config\nclusters:\n- name: c\n"
        + "  cluster: {server: \"https://127.0.0.1:" + port + "\", insecure-skip-tls-verify: true}\n"
        + "contexts:\n- name: x\n  context: {cluster: c, user: u}\ncurrent-context: x\nusers:\n- name: u\n" + user);
    System.setProperty("kubeconfig", file.toString());
    return file;
  }

  private static int closedPort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }

  @Test
  void aBrokenKubeconfigIsNamedWithItsLineAndNeverQuoted() throws IOException {
    Path file = kubeconfig(closedPort(), true);
    for (String command : new String[] {"apply", "status", "preflight"}) {
      CliRun run = CliRun.of(command, RenderCommandTest.KAFKA.toString());
      String all = run.out() + run.err();
      assertFalse(all.contains(TOKEN), command + " quoted the kubeconfig: " + all);
      assertTrue(all.contains("cannot use the kubeconfig " + file + ": it is not valid YAML (line 12, column "),
          command + ": " + all);
      assertFalse(all.contains("bug"), command + " called a broken kubeconfig a bug: " + all);
    }
    assertEquals(2, CliRun.of("apply", RenderCommandTest.KAFKA.toString()).exitCode());
  }

  @Test
  void aKubeconfigThatNamesNoExistingFileIsSaidSo() {
    System.setProperty("kubeconfig", dir.resolve("missing.yaml").toString());
    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString(), "--dry-run");
    assertEquals(2, run.exitCode(), run.err());
    assertEquals("bpctl apply: KUBECONFIG names no file that exists (" + dir.resolve("missing.yaml") + ")",
        run.err().strip());
  }

  @Test
  void applyToAClusterThatRefusesTheConnectionSaysWhy() throws IOException {
    kubeconfig(closedPort(), false);
    CliRun run = CliRun.of("apply", RenderCommandTest.KAFKA.toString(), "--dry-run");
    assertEquals(1, run.exitCode(), run.err());
    String first = run.out().lines().findFirst().orElse("");
    assertTrue(first.startsWith("FAILED to apply ServiceAccount ") && first.contains(": cannot reach the cluster: Connection refused"),
        run.out());
  }
}
