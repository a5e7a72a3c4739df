package io.bgpersistence.benchmarks;

import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The warm rows of the performance table: {@code bpctl render}'s whole path (read the bytes,
 * validate, render, write the YAML) next to the floor ({@link PreparedFleet}), in the same run, for
 * fleets of 12 (the example), 1,000 and 10,000 writers. {@link FleetRatios} prints the ratios.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(value = 1, jvmArgsAppend = "-Xmx1g")
public class FleetBenchmark {
  @Param({"12", "1000", "10000"})
  public int writers;

  private PreparedFleet fleet;

  @Setup
  public void prepare() throws IOException {
    fleet = new PreparedFleet(writers);
  }

  @Benchmark
  public long floor() throws IOException {
    return fleet.floor();
  }

  @Benchmark
  public long readValidateRenderYaml() throws IOException {
    return fleet.readValidateRenderYaml();
  }
}
