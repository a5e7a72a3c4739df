package io.bgpersistence.render;

import static org.quicktheories.generators.SourceDSL.booleans;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.testing.DocumentGenerators;
import java.util.Map;
import org.quicktheories.core.Gen;

/** QuickTheories generators for rendering: valid documents and every kind of render option. */
final class GeneratedDocuments {

  private GeneratedDocuments() {}

  /** Valid documents, from the shared fixtures (persistence-testing). */
  static Gen<PersistenceDocument> documents() {
    return DocumentGenerators.validDocuments();
  }

  static Gen<RenderOptions> options() {
    return booleans().all().zip(booleans().all(), booleans().all(), (ns, extras, scheduling) -> {
      RenderOptions.Builder b = new RenderOptions.Builder().includeNamespace(ns);
      if (extras) {
        b.putAllExtraLabels(Map.of("team", "data", "cost-center", "cc-42"))
            .putAllExtraAnnotations(Map.of("example.com/owner", "data-platform", "example.com/tier", "2"));
      }
      if (scheduling) {
        b.putAllNodeSelector(Map.of("pool", "writers", "kubernetes.io/arch", "amd64"))
            .addTolerations(PodToleration.equal("dedicated", "writers", "NoSchedule"),
                PodToleration.exists("spot", "NoExecute"))
            .addImagePullSecrets("regcred")
            .priorityClassName("background-high");
      }
      return b.build();
    });
  }
}
