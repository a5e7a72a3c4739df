package io.bgpersistence.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link FleetBenchmark} and prints the warm rows of the table: at each fleet size our path
 * as a multiple of the floor measured in the same run, and 10,000 writers' time over 1,000's:
 * {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.FleetRatios}.
 */
public final class FleetRatios {
  private FleetRatios() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(FleetBenchmark.class.getName() + "\\.")
        .build()).run();
    Map<Integer, double[]> byWriters = new TreeMap<>();  // writers -> {floor, ours}
    for (RunResult r : results) {
      int writers = Integer.parseInt(r.getParams().getParam("writers"));
      boolean floor = r.getParams().getBenchmark().endsWith(".floor");
      byWriters.computeIfAbsent(writers, w -> new double[2])[floor ? 0 : 1] = r.getPrimaryResult().getScore();
    }
    System.out.printf("%n%-8s %12s %12s %9s %8s%n", "writers", "floor ms", "ours ms", "x floor", "goal");
    byWriters.forEach((w, s) -> System.out.printf("%-8d %12.3f %12.3f %9.2f %8s%n", w, s[0], s[1], s[1] / s[0], "<= 2.0"));
    if (byWriters.containsKey(1000) && byWriters.containsKey(10000)) {
      // The floor's own ratio, from the same run: how far the machine's cache (and its drift
      // between the two measurements) alone takes a fleet ten times larger from ten times slower.
      System.out.printf("10,000 vs 1,000 writers (time): %.2fx (goal <= 10.5x; the floor's own: %.2fx)%n",
          byWriters.get(10000)[1] / byWriters.get(1000)[1], byWriters.get(10000)[0] / byWriters.get(1000)[0]);
    }
  }
}
