package io.bgpersistence.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The same input gives byte-identical output across JVMs, not only within one: each JVM seeds the
 * iteration order of {@code Map.of}/{@code Set.of} (and identity hash codes) afresh, so an order
 * that leaks from one of them into the output differs between two processes while a test inside
 * one process sees the same order twice. The examples are rendered in two JVMs started from this
 * test's class path, in both formats and with options that add maps of their own.
 */
class TwoJvmDeterminismTest {
  private static final List<String> EXAMPLES = List.of("kafka-example", "pubsub-example", "kafka-platform-export");
  private static final List<List<String>> OPTIONS = List.of(
      List.of("--format", "yaml"),
      List.of("--format", "json", "--include-namespace", "--label", "team=data", "--label", "cost-center=cc-42",
          "--annotation", "example.com/owner=data-platform", "--node-selector", "pool=writers",
          "--node-selector", "kubernetes.io/arch=amd64", "--toleration", "dedicated=writers:NoSchedule"));

  @Test
  void twoJvmsRenderTheExamplesToTheSameBytes() throws Exception {
    String first = renderInANewJvm();
    String second = renderInANewJvm();
    assertEquals(EXAMPLES.size() * OPTIONS.size(), first.split("\n### exit 0\n", -1).length - 1,
        "every rendering succeeded:\n" + first);
    assertEquals(first, second);
    assertEquals(renderAll(), first, "and the same bytes as in this JVM");
  }

  /** Run in its own JVM by the test: every example with every option set, each followed by its exit code. */
  public static void main(String[] args) {
    System.out.print(renderAll());
    System.out.flush();
  }

  private static String renderAll() {
    StringBuilder out = new StringBuilder();
    for (String example : EXAMPLES) {
      for (List<String> options : OPTIONS) {
        List<String> args = new ArrayList<>(List.of("render", Path.of("..", "examples", example + ".json").toString()));
        args.addAll(options);
        CliRun run = CliRun.of(args.toArray(String[]::new));
        out.append("### ").append(String.join(" ", args)).append('\n').append(run.out()).append(run.err())
            .append("\n### exit ").append(run.exitCode()).append('\n');
      }
    }
    return out.toString();
  }

  private static String renderInANewJvm() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    Process p = new ProcessBuilder(java, "-cp", System.getProperty("java.class.path"), TwoJvmDeterminismTest.class.getName())
        .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    p.waitFor();
    assertEquals(0, p.exitValue(), out);
    return out;
  }
}
