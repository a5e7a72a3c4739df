package consumer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.DocumentReader;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.render.RenderOptions;
import io.bgpersistence.render.RenderResult;
import io.bgpersistence.render.Renderer;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Only persistence-render on the class path: a document of either backend does not validate, and
 * the error names the module that would check and render its backend's settings.
 */
class RenderOnlyConsumerTest {
  private static final Path EXAMPLES = Path.of(System.getProperty("examples.dir"));

  @ParameterizedTest
  @CsvSource({"kafka-example, KAFKA, io.bgpersistence:persistence-kafka",
      "pubsub-example, PUBSUB, io.bgpersistence:persistence-pubsub"})
  void aDocumentWhoseBackendIsMissingDoesNotRender(String example, String backend, String module) throws IOException {
    RenderResult r = Renderer.standard().render(DocumentReader.read(EXAMPLES.resolve(example + ".json")),
        new RenderOptions.Builder().build());
    assertFalse(r.ok());
    assertTrue(r.rendered().isEmpty());
    List<FieldProblem> errors = r.report().errors();
    assertEquals(List.of("common_persistence_specs.bus_backend Invalid"),
        errors.stream().map(p -> p.path() + " " + p.type()).toList());
    String message = errors.get(0).message();
    assertTrue(message.contains(backend) && message.contains(module), message);
  }
}
