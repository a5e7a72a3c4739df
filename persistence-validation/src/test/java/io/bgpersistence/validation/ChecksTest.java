package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChecksTest {
  @Test
  void dnsNames() {
    assertEquals(List.of(), Checks.dns1123Label("background-persistence"));
    assertFalse(Checks.dns1123Label("a.b").isEmpty());
    assertFalse(Checks.dns1123Label("x".repeat(64)).isEmpty());
    assertEquals(List.of(), Checks.dns1123Subdomain("a.b-c.d"));
    assertFalse(Checks.dns1123Subdomain("a..b").isEmpty());
    assertEquals(List.of(), Checks.labelValue(""));
    assertEquals(List.of(), Checks.labelValue("1.0_RC-2"));
    assertFalse(Checks.labelValue("1.0 rc").isEmpty());
  }

  @Test
  void placeholders() {
    assertTrue(Checks.hasPlaceholder("s3://<your data bucket>"));
    assertFalse(Checks.hasPlaceholder("a > b < c"));
    assertFalse(Checks.hasPlaceholder("no placeholder"));
    assertTrue(Checks.placeholder("<port>").get(0).contains("\"<port>\""));
  }

  @Test
  void quantitiesFollowTheGrammarAndCompareByAmount() {
    assertEquals(0, Checks.parseQuantity("200m").get().compareTo(new BigDecimal("0.2")));
    assertEquals(0, Checks.parseQuantity("1Gi").get().compareTo(Checks.parseQuantity("1024Mi").get()));
    for (String bad : List.of("abc", "1Xi", "", "1 Gi", "-1", "Gi", "1.2.3")) {
      assertFalse(Checks.quantity(bad).isEmpty(), bad);
    }
    for (String good : List.of("1", "0.5", ".5", "1e3", "1E-3", "500m", "1.5Gi", "+2")) {
      assertEquals(List.of(), Checks.quantity(good), good);
    }
  }

  @Test
  void imageReferences() {
    for (String good : List.of("busybox", "registry.example.com/a/b:1.2", "localhost:5000/x@sha256:" + "0".repeat(64))) {
      assertEquals(List.of(), Checks.imageReference(good), good);
    }
    for (String bad : List.of("", "registry.example.com/Upper", "a b", "x:", "x@sha256:zz")) {
      assertFalse(Checks.imageReference(bad).isEmpty(), bad);
    }
    assertFalse(Checks.imagePinning("x:latest").isEmpty());
    assertFalse(Checks.imagePinning("x").isEmpty());
    assertEquals(List.of(), Checks.imagePinning("x@sha256:" + "0".repeat(64)));
  }
}
