package io.bgpersistence.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.OptionsBuilder;

/**
 * Runs {@link PipelineBenchmark} and prints every step as a ratio to the floor of the same run:
 * {@code java -cp persistence-benchmarks/target/benchmarks.jar io.bgpersistence.benchmarks.Ratios}.
 */
public final class Ratios {
  private Ratios() {}

  public static void main(String[] args) throws RunnerException {
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(PipelineBenchmark.class.getSimpleName())
        .build()).run();
    double floor = results.stream()
        .filter(r -> r.getParams().getBenchmark().endsWith("floorJacksonTree"))
        .mapToDouble(r -> r.getPrimaryResult().getScore()).findFirst().orElseThrow();
    System.out.printf("%n%-20s %12s %10s%n", "step", "us/op", "x floor");
    for (RunResult r : results) {
      String name = r.getParams().getBenchmark().replaceAll(".*\\.", "");
      double score = r.getPrimaryResult().getScore();
      System.out.printf("%-20s %12.2f %10.1f%n", name, score, score / floor);
    }
  }
}
