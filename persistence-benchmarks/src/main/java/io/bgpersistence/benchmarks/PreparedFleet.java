package io.bgpersistence.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.ReadResult;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import io.bgpersistence.validation.DocumentValidator;
import io.bgpersistence.validation.ValidationReport;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * One fleet and the two paths the warm rows time on it: the floor (Jackson reading the input bytes
 * into a tree, then Jackson's YAML writer writing the rendered objects' trees, prepared here) and
 * ours ({@code bpctl render}'s path in the SDK: read the bytes, validate, render, write the YAML).
 * Both write to a sink that keeps nothing. Our path's steps can also be timed one by one, each on
 * what the step before it gave (made on first use, so that the whole path's timing holds none of it).
 */
final class PreparedFleet {
  private static final ObjectMapper JACKSON = new ObjectMapper();
  private static final ObjectWriter JACKSON_YAML = new YAMLMapper().writer();

  private final Renderer renderer = Renderer.standard();
  private final byte[] bytes;
  private final List<JsonNode> renderedTrees = new ArrayList<>();
  private ReadResult read;
  private RenderResult rendered;

  PreparedFleet(int writers) throws IOException {
    bytes = Fleets.ofWriters(writers);
    RenderResult r = renderer.render(DocumentReader.read(bytes), RenderOptions.defaults());
    if (!r.ok()) {
      throw new IllegalStateException("the fleet does not render: " + r.report().errors());
    }
    for (JsonNode object : Fleets.tree(r.objects().toJson().getBytes(StandardCharsets.UTF_8)).get("items")) {
      renderedTrees.add(object);
    }
  }

  long floor() throws IOException {
    JsonNode input = JACKSON.readTree(bytes);
    Fleets.Discard out = new Fleets.Discard();
    for (JsonNode object : renderedTrees) {
      JACKSON_YAML.writeValue(out, object);
    }
    return out.chars + input.size();
  }

  long readValidateRenderYaml() throws IOException {
    RenderResult r = renderer.render(DocumentReader.read(bytes), RenderOptions.defaults());
    Fleets.Discard out = new Fleets.Discard();
    r.objects().writeYaml(out);
    return out.chars;
  }

  ReadResult read() {
    return DocumentReader.read(bytes);
  }

  ValidationReport validate() {
    return DocumentValidator.standard().validate(readOnce());
  }

  /** Validates, resolves, and makes each object once (to report a fault rather than throw it later). */
  RenderResult render() {
    return renderer.render(readOnce(), RenderOptions.defaults());
  }

  /** Makes each object again and writes it. */
  long writeYaml() throws IOException {
    if (rendered == null) {
      rendered = render();
    }
    Fleets.Discard out = new Fleets.Discard();
    rendered.objects().writeYaml(out);
    return out.chars;
  }

  private ReadResult readOnce() {
    if (read == null) {
      read = read();
    }
    return read;
  }
}
