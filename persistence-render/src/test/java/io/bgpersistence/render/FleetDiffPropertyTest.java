package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;

import io.bgpersistence.render.FleetDiff.Action;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Diffs of any two generated fleets add up: what is created, deleted and kept gives the new fleet. */
class FleetDiffPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);

  @Test
  void aFleetAgainstItselfHasNoChanges() {
    qt().withExamples(EXAMPLES).forAll(GeneratedDocuments.documents()).checkAssert(doc -> {
      RenderedObjects r = Renderer.standard().render(doc).objects();
      assertTrue(FleetDiff.between(r, r).isEmpty());
    });
  }

  @Test
  void createdDeletedAndKeptObjectsAddUpToTheNewFleet() {
    qt().withExamples(EXAMPLES).forAll(GeneratedDocuments.documents(), GeneratedDocuments.documents())
        .checkAssert((a, b) -> {
          List<HasMetadata> before = Renderer.standard().render(a).objects().objects();
          List<HasMetadata> after = Renderer.standard().render(b).objects().objects();
          FleetDiff diff = FleetDiff.between(before, after);
          Set<String> oldKeys = keys(before);
          Set<String> newKeys = keys(after);
          for (FleetDiff.ObjectChange c : diff.changes()) {
            String key = c.kind() + "/" + c.name();
            switch (c.action()) {
              case CREATE -> assertTrue(newKeys.contains(key) && !oldKeys.contains(key), key);
              case DELETE -> assertTrue(oldKeys.contains(key) && !newKeys.contains(key), key);
              case CHANGE -> assertTrue(oldKeys.contains(key) && newKeys.contains(key) && !c.fields().isEmpty(), key);
            }
          }
          assertEquals(newKeys.size(), oldKeys.size() - diff.count(Action.DELETE) + diff.count(Action.CREATE));
        });
  }

  private static Set<String> keys(List<HasMetadata> objects) {
    return objects.stream().map(o -> o.getKind() + "/" + o.getMetadata().getName()).collect(Collectors.toSet());
  }
}
