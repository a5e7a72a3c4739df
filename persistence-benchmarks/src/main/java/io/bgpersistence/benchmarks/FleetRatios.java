package io.bgpersistence.benchmarks;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FleetBenchmark} and the whole path of {@link FleetScalingBenchmark}, and prints the
 * warm rows of the table: at each fleet size our path as a multiple of the floor measured in the
 * same run, and 10,000 writers' time over 1,000's, paired iteration by iteration:
 * {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.FleetRatios}.
 */
public final class FleetRatios {
  private FleetRatios() {}

  private static double[] ratios(List<double[]> pairs) {
    return pairs.stream().mapToDouble(p -> p[1] / p[0]).sorted().toArray();
  }

  public static void main(String[] args) throws RunnerException {
    String scaling = FleetScalingBenchmark.class.getName();
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(FleetBenchmark.class.getName() + "\\.")
        .include(scaling + "\\.(floor|readValidateRenderYaml)$")
        .build()).run();
    Map<Integer, double[]> byWriters = new TreeMap<>();  // writers -> {floor, ours}
    Map<String, double[]> paired = new TreeMap<>();      // floor, ours -> each pair's ratio
    Map<String, String> byFork = new TreeMap<>();        // floor, ours -> each fork's median ratio
    for (RunResult r : results) {
      String benchmark = r.getParams().getBenchmark();
      boolean floor = benchmark.endsWith(".floor");
      if (benchmark.startsWith(scaling + ".")) {
        paired.put(floor ? "floor" : "ours", ratios(FleetScalingBenchmark.pairs(r)));
        byFork.put(floor ? "floor" : "ours", r.getBenchmarkResults().stream()
            .map(fork -> String.format("%.2fx", FleetScalingBenchmark.median(ratios(FleetScalingBenchmark.pairs(fork)))))
            .collect(Collectors.joining(", ")));
      } else {
        int writers = Integer.parseInt(r.getParams().getParam("writers"));
        byWriters.computeIfAbsent(writers, w -> new double[2])[floor ? 0 : 1] = r.getPrimaryResult().getScore();
      }
    }
    System.out.printf("%n%-8s %12s %12s %9s %8s%n", "writers", "floor ms", "ours ms", "x floor", "goal");
    byWriters.forEach((w, s) -> System.out.printf("%-8d %12.3f %12.3f %9.2f %8s%n", w, s[0], s[1], s[1] / s[0], "<= 2.0"));
    if (paired.size() == 2) {
      double[] ours = paired.get("ours");
      double[] floor = paired.get("floor");
      System.out.printf("10,000 vs 1,000 writers (time, median of %d pairs of iterations): %.2fx (%.2f-%.2f; goal <= 10.5x); "
          + "the floor's own: %.2fx (%.2f-%.2f)%n", ours.length, FleetScalingBenchmark.median(ours), ours[0],
          ours[ours.length - 1], FleetScalingBenchmark.median(floor), floor[0], floor[floor.length - 1]);
      System.out.printf("each fork's median: ours %s, the floor's %s%n", byFork.get("ours"), byFork.get("floor"));
    }
  }
}
