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
  void ordersIndexesNumerically() {
    FieldPath w2 = FieldPath.parse("writers[2].name");
    FieldPath w10 = FieldPath.parse("writers[10].name");
    assertTrue(w2.compareTo(w10) < 0);
    assertTrue(FieldPath.parse("writers").contains(w10));
  }
}
