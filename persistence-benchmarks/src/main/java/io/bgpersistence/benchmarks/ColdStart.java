package io.bgpersistence.benchmarks;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The cold rows of the performance table: each {@code ./bpctl} command, started fresh, next to a
 * hello-world JVM with bpctl's own flags, alternated so both see the same load; prints the median
 * wall times and their ratio. Run from the repository root after {@code ./bpctl} has built the tool:
 * {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.ColdStart [rounds]}.
 */
public final class ColdStart {
  /** The JVM flags {@code ./bpctl} starts the tool with (keep in step with the script). */
  static final List<String> BPCTL_FLAGS = List.of(
      "-XX:TieredStopAtLevel=1", "-XX:CICompilerCount=1", "-XX:+UseSerialGC", "-Xlog:disable", "-Xlog:all=off");

  private static final String[][] ROWS = {
      {"validate", "examples/kafka-example.json", "6"},
      {"render", "examples/kafka-example.json", "8"},
      {"--help", null, "3"},
      {"types", null, "3"},
  };

  private ColdStart() {}

  public static void main(String[] args) throws Exception {
    int rounds = args.length > 0 ? Integer.parseInt(args[0]) : 11;
    Path helloDir = helloClassDir();
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> hello = new ArrayList<>(List.of(java));
    hello.addAll(BPCTL_FLAGS);
    hello.addAll(List.of("-cp", helloDir.toString(), Hello.class.getName()));
    run(List.of("./bpctl", "--version"));  // builds the tool and its class-data archive if needed
    System.out.printf("%-10s %10s %10s %8s %6s%n", "command", "hello ms", "bpctl ms", "ratio", "goal");
    for (String[] row : ROWS) {
      List<String> bpctl = new ArrayList<>(List.of("./bpctl", row[0]));
      if (row[1] != null) {
        bpctl.add(row[1]);
      }
      double[] h = new double[rounds];
      double[] b = new double[rounds];
      double[] ratios = new double[rounds];
      for (int i = 0; i < rounds; i++) {
        h[i] = run(hello);
        b[i] = run(bpctl);
        ratios[i] = b[i] / h[i];
      }
      System.out.printf("%-10s %10.0f %10.0f %8.2f %6s   (median of per-round ratios %.2f, %d rounds)%n",
          row[0], median(h), median(b), median(b) / median(h), "<= " + row[2], median(ratios), rounds);
    }
  }

  private static double run(List<String> command) throws IOException, InterruptedException {
    long start = System.nanoTime();
    Process p = new ProcessBuilder(command)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .redirectError(ProcessBuilder.Redirect.DISCARD)
        .start();
    int code = p.waitFor();
    double ms = (System.nanoTime() - start) / 1e6;
    if (code != 0) {
      throw new IllegalStateException(String.join(" ", command) + " exited " + code);
    }
    return ms;
  }

  /** The hello-world class alone in a directory: a class path as small as a hello-world's. */
  private static Path helloClassDir() throws IOException {
    Path dir = Files.createTempDirectory("bpctl-hello");
    Path file = dir.resolve(Hello.class.getName().replace('.', '/') + ".class");
    Files.createDirectories(file.getParent());
    try (InputStream in = Hello.class.getResourceAsStream("Hello.class")) {
      Files.copy(in, file);
    }
    file.toFile().deleteOnExit();
    return dir;
  }

  static double median(double[] values) {
    double[] v = values.clone();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }
}
