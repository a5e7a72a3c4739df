package io.bgpersistence.benchmarks;

import java.util.Collection;
import java.util.List;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Where 10,000 writers cost more per writer than 1,000: runs every benchmark of {@link
 * FleetScalingBenchmark} (the floor, our whole path, and each of its steps) and prints each one's
 * time per writer at both sizes, medians of the paired iterations, with their ratio (1.00 is
 * linear): {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.FleetSteps}.
 * One fork, not the three of {@link FleetRatios}: six benchmarks would take half an hour.
 */
public final class FleetSteps {
  private FleetSteps() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(FleetScalingBenchmark.class.getName() + "\\.")
        .forks(1)
        .build()).run();
    int[] writers = FleetScalingBenchmark.WRITERS;
    System.out.printf("%n%-24s %14s %14s %12s%n", "per writer (median)", writers[0] + " us", writers[1] + " us", "10k/1k");
    for (RunResult r : results) {
      List<double[]> pairs = FleetScalingBenchmark.pairs(r);
      double small = FleetScalingBenchmark.median(pairs.stream().mapToDouble(p -> p[0] * 1000 / writers[0]).toArray());
      double large = FleetScalingBenchmark.median(pairs.stream().mapToDouble(p -> p[1] * 1000 / writers[1]).toArray());
      double growth = FleetScalingBenchmark.median(
          pairs.stream().mapToDouble(p -> (p[1] / writers[1]) / (p[0] / writers[0])).toArray());
      System.out.printf("%-24s %14.2f %14.2f %12.2f%n", r.getParams().getBenchmark().replaceAll(".*\\.", ""),
          small, large, growth);
    }
  }
}
