package io.bgpersistence.validation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The patterns run without recursion on any input, and still accept exactly the grammar they had
 * when they were written as repeated groups (the plain form, kept here as the reference).
 */
class LinearPatternsTest {
  private static final String LABEL = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";
  private static final String REFERENCE_SUBDOMAIN = LABEL + "(\\." + LABEL + ")*";
  private static final String COMPONENT = "(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])";
  private static final String PATH_COMPONENT = "[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*";
  private static final String REFERENCE_IMAGE = "((?:" + COMPONENT + "(?:\\." + COMPONENT + ")*(?::[0-9]+)?/)?"
      + PATH_COMPONENT + "(?:/" + PATH_COMPONENT + ")*)(?::([\\w][\\w.-]{0,127}))?"
      + "(?:@([A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9A-Fa-f]{32,}))?";

  @Test
  void hostileValuesAreMatchedWithoutOverflowingTheStack() {
    List<String> hostile = List.of("a-".repeat(100_000) + "a", "a.".repeat(100_000) + "a",
        "a__".repeat(50_000) + "a", "a/".repeat(100_000) + "a", "x@" + "a+".repeat(50_000) + "a:" + "0".repeat(32));
    for (String value : hostile) {
      for (String regex : List.of(Checks.DNS1123_SUBDOMAIN, Checks.IMAGE_REFERENCE, Checks.DNS1123_LABEL,
          Checks.LABEL_VALUE, Checks.QUANTITY)) {
        Pattern.compile(regex).matcher(value).matches();
      }
    }
    assertTrue(Pattern.compile(Checks.DNS1123_SUBDOMAIN).matcher("a.".repeat(100_000) + "a").matches());
    assertTrue(Pattern.compile(Checks.IMAGE_REFERENCE).matcher("a-".repeat(100_000) + "a").matches());
  }

  @Test
  void theLinearFormsAcceptWhatTheGrammarAccepts() {
    Random random = new Random(20261129);
    String subdomainAlphabet = "ab0.-";
    String imageAlphabet = "aZ0.-_/:@+";
    Pattern subdomain = Pattern.compile(Checks.DNS1123_SUBDOMAIN);
    Pattern subdomainRef = Pattern.compile(REFERENCE_SUBDOMAIN);
    Pattern image = Pattern.compile(Checks.IMAGE_REFERENCE);
    Pattern imageRef = Pattern.compile(REFERENCE_IMAGE);
    for (int i = 0; i < 200_000; i++) {
      String s = randomString(random, subdomainAlphabet, 10);
      assertEquals(subdomainRef.matcher(s).matches(), subdomain.matcher(s).matches(), s);
      String t = randomString(random, imageAlphabet, 12);
      assertEquals(imageRef.matcher(t).matches(), image.matcher(t).matches(), t);
    }
    String digest = "@sha256:" + "0123456789abcdef".repeat(4);
    for (String ok : List.of("registry.example.com:5000/team/app__x--y.z:1.0" + digest, "a/b_c/d", "Reg.io/app")) {
      assertTrue(image.matcher(ok).matches(), ok);
      assertTrue(imageRef.matcher(ok).matches(), ok);
    }
    assertFalse(image.matcher("a@sha256.:" + "0".repeat(32)).matches());
  }

  private static String randomString(Random random, String alphabet, int maxLength) {
    int n = random.nextInt(maxLength + 1);
    StringBuilder b = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      b.append(alphabet.charAt(random.nextInt(alphabet.length())));
    }
    return b.toString();
  }
}
