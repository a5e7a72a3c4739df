package io.bgpersistence.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.IOException;
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
 * Each step of {@code bpctl render} on the filled-in example (a writer of every type), next to a
 * floor measured in the same run: plain Jackson parsing the same bytes into a tree, the least any
 * tool does with this document. {@link Ratios} prints each step as a multiple of the floor, which
 * stays comparable between machines where raw microseconds do not.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(1)
public class PipelineBenchmark {
  private final ObjectMapper plainJackson = new ObjectMapper();
  private final DocumentValidator validator = DocumentValidator.standard();
  private final Renderer renderer = Renderer.standard();
  private byte[] bytes;
  private PersistenceDocument document;

  @Setup
  public void load() throws IOException {
    bytes = ValidationBenchmark.resource("kafka-example.json");
    document = DocumentReader.read(bytes).document().orElseThrow();
  }

  @Benchmark
  public JsonNode floorJacksonTree() throws IOException {
    return plainJackson.readTree(bytes);
  }

  @Benchmark
  public ReadResult read() {
    return DocumentReader.read(bytes);
  }

  @Benchmark
  public ValidationReport validate() {
    return validator.validate(document);
  }

  @Benchmark
  public RenderResult render() {
    return renderer.render(document);
  }
}
