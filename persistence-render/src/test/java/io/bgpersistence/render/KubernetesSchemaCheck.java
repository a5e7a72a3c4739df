package io.bgpersistence.render;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code src/test/node/check-k8s.cjs}: Kubernetes' own OpenAPI schemas (as compiled by the npm
 * package kubernetes-models, Kubernetes 1.33) plus a strict unknown-field check. Installs the
 * pinned packages with {@code install.sh} when they are missing.
 */
final class KubernetesSchemaCheck {
  static final Path NODE_DIR = Path.of("src", "test", "node");
  /** The node executable; {@code -Drender.node=...} picks another one. */
  private static final String NODE = System.getProperty("render.node", "node");

  private KubernetesSchemaCheck() {}

  /** Whether node is on the PATH; without it the schema tests are skipped, saying so. */
  static boolean nodeAvailable() {
    try {
      Process p = new ProcessBuilder(NODE, "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  record Result(int checked, List<String> errors) {}

  /** Checks a YAML stream; every problem, none when every object is valid. */
  static Result check(String yaml) throws IOException, InterruptedException {
    ensureInstalled();
    Process p = new ProcessBuilder(NODE, "check-k8s.cjs")
        .directory(NODE_DIR.toFile())
        .redirectError(ProcessBuilder.Redirect.INHERIT)
        .start();
    p.getOutputStream().write(yaml.getBytes(StandardCharsets.UTF_8));
    p.getOutputStream().close();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("check-k8s.cjs failed: " + out);
    }
    JsonNode result = new ObjectMapper().readTree(out);
    List<String> errors = new ArrayList<>();
    result.get("errors").forEach(e -> errors.add(e.asText()));
    return new Result(result.get("checked").asInt(), errors);
  }

  private static synchronized void ensureInstalled() throws IOException, InterruptedException {
    if (Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("kubernetes-models"))
        && Files.isDirectory(NODE_DIR.resolve("node_modules").resolve("@kubernetes-models").resolve("keda"))) {
      return;
    }
    Process p = new ProcessBuilder("bash", "install.sh").directory(NODE_DIR.toFile()).inheritIO().start();
    if (!p.waitFor(300, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException("src/test/node/install.sh failed; run it by hand to see why");
    }
  }
}
