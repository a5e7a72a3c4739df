package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.PersistenceJson;
import io.bgpersistence.model.WriterSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The same document gives byte-identical output, with objects in the contract's order (docs/contract.md). */
class DeterminismPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);
  private final Renderer renderer = Renderer.standard();

  @Test
  void theSameDocumentRendersToTheSameBytes() {
    qt().withExamples(EXAMPLES).forAll(GeneratedDocuments.documents(), GeneratedDocuments.options())
        .checkAssert((doc, options) -> {
          RenderedObjects first = renderer.render(doc, options).objects();
          // An equal document read back from its own JSON: no shared objects with the first.
          RenderedObjects second = Renderer.standard().render(readBack(doc), options).objects();
          assertEquals(first.toYaml(), second.toYaml());
          assertEquals(first.toJson(), second.toJson());
        });
  }

  @Test
  void objectsComeInContractOrder() {
    qt().withExamples(EXAMPLES).forAll(GeneratedDocuments.documents(), GeneratedDocuments.options())
        .checkAssert((doc, options) -> {
          List<String> expected = new ArrayList<>();
          String ns = doc.specs().namespace().orElseThrow();
          if (options.includeNamespace()) {
            expected.add("Namespace/" + ns);
          }
          expected.add("ServiceAccount/" + doc.specs().serviceAccountName().orElseThrow());
          expected.add("ConfigMap/background-persistence-config");
          for (WriterSpec w : doc.writers()) {
            expected.add("Deployment/" + w.name().orElseThrow());
            if (w.defaultReplicaCount().orElseThrow() >= 2) {
              expected.add("PodDisruptionBudget/" + w.name().orElseThrow());
            }
          }
          List<HasMetadata> objects = renderer.render(doc, options).objects().objects();
          assertEquals(expected, objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).toList());
        });
  }

  private static PersistenceDocument readBack(PersistenceDocument doc) {
    try {
      return PersistenceJson.mapper().readValue(PersistenceJson.canonical(doc), PersistenceDocument.class);
    } catch (JsonProcessingException e) {
      throw new AssertionError(e);
    }
  }
}
