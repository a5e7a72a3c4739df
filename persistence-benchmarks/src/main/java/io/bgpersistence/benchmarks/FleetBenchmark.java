package io.bgpersistence.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
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
 * validate, render, write the YAML) next to the floor, in the same run and fork, for fleets of 12
 * (the example), 1,000 and 10,000 writers. The floor is what any tool producing this output must
 * do: Jackson reading the input bytes into a tree, then Jackson's YAML writer writing the rendered
 * objects' trees (prepared in setup, outside the timing). Both write to a sink that keeps nothing.
 * {@link FleetRatios} prints the ratios.
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

  private final ObjectMapper jackson = new ObjectMapper();
  private final ObjectWriter jacksonYaml = new YAMLMapper().writer();
  private final Renderer renderer = Renderer.standard();
  private byte[] bytes;
  private List<JsonNode> renderedTrees;

  @Setup
  public void prepare() throws IOException {
    bytes = Fleets.ofWriters(writers);
    RenderResult r = renderer.render(DocumentReader.read(bytes), RenderOptions.defaults());
    if (!r.ok()) {
      throw new IllegalStateException("the fleet does not render: " + r.report().errors());
    }
    renderedTrees = new ArrayList<>();
    for (JsonNode object : Fleets.tree(r.objects().toJson().getBytes(java.nio.charset.StandardCharsets.UTF_8)).get("items")) {
      renderedTrees.add(object);
    }
  }

  @Benchmark
  public long floor() throws IOException {
    JsonNode input = jackson.readTree(bytes);
    Fleets.Discard out = new Fleets.Discard();
    for (JsonNode object : renderedTrees) {
      jacksonYaml.writeValue(out, object);
    }
    return out.chars + input.size();
  }

  @Benchmark
  public long readValidateRenderYaml() throws IOException {
    RenderResult r = renderer.render(DocumentReader.read(bytes), RenderOptions.defaults());
    Fleets.Discard out = new Fleets.Discard();
    r.objects().writeYaml(out);
    return out.chars;
  }
}
