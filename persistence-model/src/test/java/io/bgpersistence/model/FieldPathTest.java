package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FieldPathTest {
  @Test
  void printsJsonNamesWithIndexesAndQuotesAmbiguousKeys() {
    FieldPath cpu = FieldPath.ROOT.child("writers").index(1).child("request").child("cpu");
    assertEquals("writers[1].request.cpu", cpu.toString());
    assertEquals("", FieldPath.ROOT.toString());
    assertEquals("x[\"a.b\"]", FieldPath.ROOT.child("x").child("a.b").toString());
    assertEquals(cpu, FieldPath.parse("writers[1].request.cpu"));
    assertEquals("cpu", cpu.lastName());
  }

  @Test
  void parsesWhatItPrints() {
    for (FieldPath path : java.util.List.of(
        FieldPath.ROOT.child("writers").index(0).child("node_selector").key("kubernetes.io/arch"),
        FieldPath.ROOT.child("writers").index(12).child("additional_env_vars").key("bad name"),
        FieldPath.ROOT.child("x").child("a.b").child("y"),
        FieldPath.ROOT.child("x").key("a]\"b"),
        FieldPath.ROOT.child("common_persistence_specs").child("namespace"))) {
      assertEquals(path, FieldPath.parse(path.toString()), path.toString());
    }
    for (String bad : java.util.List.of("writers[0", "a..b", "x[\"a]")) {
      org.junit.jupiter.api.Assertions.assertThrows(IllegalArgumentException.class, () -> FieldPath.parse(bad), bad);
    }
  }

  @Test
  void ordersIndexesNumerically() {
    FieldPath w2 = FieldPath.parse("writers[2].name");
    FieldPath w10 = FieldPath.parse("writers[10].name");
    assertTrue(w2.compareTo(w10) < 0);
    assertTrue(FieldPath.parse("writers").contains(w10));
  }
}
