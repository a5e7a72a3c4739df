package io.bgpersistence.benchmarks;

import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.validation.ValidationReport;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.results.BenchmarkResult;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.RunResult;

/**
 * The row "10,000 writers vs 1,000" of the performance table, for the floor and for ours: one fork
 * whose iterations alternate between the two fleets, 1,000 writers first, so that each 10,000-writer
 * iteration is timed seconds after its 1,000-writer pair. The machine's speed drifts by a fifth
 * between forks a minute apart, as much as the row measures; iterations seconds apart see the
 * same machine. Forks still differ (one compiles the path a little faster than another, which the
 * smaller fleet feels more), so there are three. {@link FleetRatios} pairs the iterations and prints
 * the median ratio over all of them, and each fork's; JMH's own
 * average of the iterations mixes the two sizes and means nothing. The steps of our path are here
 * too, timed the same way, for {@link FleetSteps}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = FleetScalingBenchmark.WARMUP_ITERATIONS, time = 2)
@Measurement(iterations = 2 * FleetScalingBenchmark.PAIRS, time = 2)
@Fork(value = FleetScalingBenchmark.FORKS, jvmArgsAppend = "-Xmx1g")
public class FleetScalingBenchmark {
  /** Even, so that the measured iterations start with 1,000 writers. */
  static final int WARMUP_ITERATIONS = 10;
  static final int PAIRS = 12;
  static final int FORKS = 3;
  static final int[] WRITERS = {1000, 10000};

  private final PreparedFleet[] fleets = new PreparedFleet[WRITERS.length];
  private int iterations;
  private PreparedFleet fleet;

  @Setup(Level.Trial)
  public void prepare() throws IOException {
    for (int i = 0; i < WRITERS.length; i++) {
      fleets[i] = new PreparedFleet(WRITERS[i]);
    }
  }

  /** Before every iteration, warm-up ones included: the other fleet. */
  @Setup(Level.Iteration)
  public void alternate() {
    fleet = fleets[iterations++ % fleets.length];
  }

  @Benchmark
  public long floor() throws IOException {
    return fleet.floor();
  }

  @Benchmark
  public long readValidateRenderYaml() throws IOException {
    return fleet.readValidateRenderYaml();
  }

  @Benchmark
  public ReadResult stepRead() {
    return fleet.read();
  }

  @Benchmark
  public ValidationReport stepValidate() {
    return fleet.validate();
  }

  @Benchmark
  public RenderResult stepRender() {
    return fleet.render();
  }

  @Benchmark
  public long stepWriteYaml() throws IOException {
    return fleet.writeYaml();
  }

  /**
   * A run's measured iterations as pairs: each one's time at 1,000 and at 10,000 writers, in ms.
   *
   * @param r the run of one of this class's benchmarks
   * @return {1,000-writer time, 10,000-writer time} of each pair, in the order they ran, fork by fork
   */
  static List<double[]> pairs(RunResult r) {
    List<double[]> pairs = new ArrayList<>();
    for (BenchmarkResult fork : r.getBenchmarkResults()) {
      pairs.addAll(pairs(fork));
    }
    return pairs;
  }

  /** One fork's measured iterations as pairs, as {@link #pairs(RunResult)} gives them. */
  static List<double[]> pairs(BenchmarkResult fork) {
    List<Double> times = new ArrayList<>();
    for (IterationResult iteration : fork.getIterationResults()) {
      times.add(iteration.getPrimaryResult().getScore());
    }
    List<double[]> pairs = new ArrayList<>();
    for (int i = 0; i + 1 < times.size(); i += WRITERS.length) {
      pairs.add(new double[] {times.get(i), times.get(i + 1)});
    }
    return pairs;
  }

  /** The median of some figures. */
  static double median(double[] figures) {
    double[] sorted = figures.clone();
    Arrays.sort(sorted);
    int n = sorted.length;
    return n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
  }
}
