package io.bgpersistence.benchmarks;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Validation of an already-read document in a warm JVM: the seed example (its placeholders, so
 * eight errors) and the filled-in example with a writer of every type (no problems).
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 10, time = 1)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ValidationBenchmark {
  private final DocumentValidator validator = DocumentValidator.standard();
  private ReadResult seed;
  private PersistenceDocument example;

  @Setup
  public void read() throws IOException {
    seed = DocumentReader.read(resource("seed-example.json"));
    example = DocumentReader.read(resource("kafka-example.json")).document().orElseThrow();
  }

  static byte[] resource(String name) throws IOException {
    try (InputStream in = ValidationBenchmark.class.getResourceAsStream("/examples/" + name)) {
      return in.readAllBytes();
    }
  }

  @Benchmark
  public ValidationReport seedExample() {
    return validator.validate(seed);
  }

  @Benchmark
  public ValidationReport filledInExample() {
    return validator.validate(example);
  }
}
