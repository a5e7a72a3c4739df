package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import com.fasterxml.jackson.databind.JsonNode;
import io.bgpersistence.model.Secrets;
import com.fasterxml.jackson.databind.node.MissingNode;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.ResourceSpec;
import io.bgpersistence.model.WriterSpec;
import io.fabric8.kubernetes.api.model.HasMetadata;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/**
 * The diff of two different generated fleets says only true things, and all of them: every
 * changed object and field really differs (the field's before and after are what the two objects
 * hold there), every object it leaves out is equal in both, and applying its creations and
 * deletions to the old set of objects gives the new set.
 */
class FleetDiffPropertyTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);

  @Test
  void theDiffOfTwoFleetsClaimsExactlyWhatDiffers() {
    Set<String> seen = new HashSet<>();
    qt().withExamples(EXAMPLES).forAll(fleetPairs()).checkAssert(pair -> {
      List<HasMetadata> before = render(pair.get(0));
      List<HasMetadata> after = render(pair.get(1));
      Map<String, JsonNode> old = trees(before);
      Map<String, JsonNode> neu = trees(after);
      FleetDiff diff = FleetDiff.between(before, after);

      Set<String> names = new HashSet<>(old.keySet());
      Set<String> changed = new HashSet<>();
      for (FleetDiff.ObjectChange c : diff.changes()) {
        String key = c.kind() + "/" + c.namespace() + "/" + c.name();
        seen.add(c.action().name());
        switch (c.action()) {
          case CREATE -> assertTrue(!old.containsKey(key) && neu.containsKey(key) && names.add(key), key);
          case DELETE -> assertTrue(old.containsKey(key) && !neu.containsKey(key) && names.remove(key), key);
          case CHANGE -> {
            assertTrue(old.containsKey(key) && neu.containsKey(key) && changed.add(key), key);
            assertNotEquals(old.get(key), neu.get(key), key);
            assertFalse(c.fields().isEmpty(), key);
            for (FleetDiff.FieldChange f : c.fields()) {
              JsonNode[] at = at(old.get(key), neu.get(key), f.path());
              assertNotNull(at, key + ": no field " + f.path());
              assertNotEquals(at[0], at[1], key + " " + f.path());
              // Each side as it is, or with something masked in it (which values, the next check says).
              assertShown(at[0], f.before(), key + " " + f.path() + " before");
              assertShown(at[1], f.after(), key + " " + f.path() + " after");
            }
          }
        }
      }
      assertEquals(neu.keySet(), names, "old objects - deletions + creations = new objects");
      // A value the fleets hold only under secret-like names never shows.
      String shown = diff.toText() + diff.toJson();
      for (Map<String, JsonNode> trees : List.of(old, neu)) {
        for (JsonNode tree : trees.values()) {
          String elsewhere = SecretValues.masked(tree).toString();
          for (String secret : SecretValues.in(tree)) {
            if (!elsewhere.contains(secret)) {
              assertFalse(shown.contains(secret), "the diff shows a secret value: " + secret);
            }
          }
        }
      }
      old.forEach((key, tree) -> {
        if (neu.containsKey(key) && !changed.contains(key)) {
          seen.add("UNCHANGED");
          assertEquals(tree, neu.get(key), key + " is left out of the diff, so it must be equal");
        }
      });
    });
    assertEquals(Set.of("CREATE", "CHANGE", "DELETE", "UNCHANGED"), seen, "the fleets exercise every case");
  }

  private static void assertShown(JsonNode real, JsonNode shown, String what) {
    if (!real.equals(shown)) {
      assertTrue(shown.toString().contains(Secrets.MASK), what + ": " + shown + " is neither " + real + " nor masked");
    }
  }

  /**
   * An old fleet and a new one made from it: each old writer kept, removed or edited (replicas,
   * version, cpu), writers of a second generated fleet added, and the settings of either fleet.
   */
  private static Gen<List<PersistenceDocument>> fleetPairs() {
    return GeneratedDocuments.documents().zip(GeneratedDocuments.documents(), integers().all(), (a, b, seed) -> {
      Random choice = new Random(seed);
      List<WriterSpec> writers = new ArrayList<>();
      for (WriterSpec w : a.writers()) {
        switch (choice.nextInt(3)) {
          case 0 -> writers.add(w);
          case 1 -> { } // removed
          default -> writers.add(WriterSpec.builder().from(w).defaultReplicaCount(choice.nextInt(4))
              .version("9." + choice.nextInt(3))
              .request(choice.nextBoolean() ? w.requestOrDefault()
                  : ResourceSpec.of("1m", w.requestOrDefault().memory().orElseThrow()))
              .build());
        }
      }
      // The generator's names have one hyphen; these have two, so none clashes with a kept one.
      b.writers().forEach(w -> writers.add(WriterSpec.builder().from(w).name("new-" + w.name().orElseThrow()).build()));
      PersistenceDocument settings = choice.nextBoolean() ? a : b;
      return List.of(a, PersistenceDocument.builder().from(settings).writers(writers).build());
    });
  }

  private static List<HasMetadata> render(PersistenceDocument doc) {
    RenderResult result = Renderer.standard().render(doc);
    assertEquals(List.of(), result.report().errors(), "generated fleets are valid");
    return result.objects().objects();
  }

  private static Map<String, JsonNode> trees(List<HasMetadata> objects) {
    Map<String, JsonNode> out = new LinkedHashMap<>();
    objects.forEach(o -> out.put(o.getKind() + "/" + o.getMetadata().getNamespace() + "/" + o.getMetadata().getName(),
        KubernetesText.tree(o)));
    return out;
  }

  /**
   * The values at a diff path ({@code spec.template.metadata.labels.app.kubernetes.io/name},
   * {@code ...containers[writer].env[X].value}, {@code ...[0]}) in the old and the new object, a
   * missing node where one lacks it; null when the path names nothing in either.
   */
  static JsonNode[] at(JsonNode a, JsonNode b, String path) {
    if (path.isEmpty()) {
      return new JsonNode[] {a == null ? MissingNode.getInstance() : a, b == null ? MissingNode.getInstance() : b};
    }
    if (path.startsWith("[")) {
      int close = path.indexOf(']');
      String item = path.substring(1, close);
      String rest = path.substring(close + 1);
      return at(item(a, item), item(b, item), rest.startsWith(".") ? rest.substring(1) : rest);
    }
    Set<String> fields = new java.util.TreeSet<>();
    for (JsonNode n : new JsonNode[] {a, b}) {
      if (n != null && n.isObject()) {
        n.fieldNames().forEachRemaining(fields::add);
      }
    }
    for (String f : fields) {
      if (path.equals(f) || path.startsWith(f + ".") || path.startsWith(f + "[")) {
        String rest = path.substring(f.length());
        JsonNode[] found = at(a == null ? null : a.get(f), b == null ? null : b.get(f),
            rest.startsWith(".") ? rest.substring(1) : rest);
        if (found != null) {
          return found;
        }
      }
    }
    return null;
  }

  /** A list item by its name, or by its index when the items have no names. */
  private static JsonNode item(JsonNode list, String item) {
    if (list == null || !list.isArray()) {
      return null;
    }
    for (JsonNode n : list) {
      if (n.path("name").asText("").equals(item)) {
        return n;
      }
    }
    return item.chars().allMatch(Character::isDigit) ? list.get(Integer.parseInt(item)) : null;
  }
}
