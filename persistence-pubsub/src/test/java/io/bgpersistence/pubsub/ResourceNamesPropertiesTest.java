package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceName;
import io.bgpersistence.pubsub.internal.ResourceKind;
import io.bgpersistence.pubsub.internal.ResourceNames;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.arbitrary;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Google's naming rules, tried on many generated names (qt.examples, 1000 by default). */
class ResourceNamesPropertiesTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);
  private static final String LETTERS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ";
  private static final String ALLOWED = LETTERS + "0123456789-_.~+%";
  /** Characters Google does not allow in an id. */
  private static final String FORBIDDEN = " /:@#$&*()[]{}!?=,;'\"\\|<>^`é\t";
  private static final String PROJECT = Docs.PROJECT;

  private static Gen<String> chars(String from, int min, int max) {
    return lists().of(integers().between(0, from.length() - 1)).ofSizeBetween(min, max)
        .map(l -> l.stream().map(i -> String.valueOf(from.charAt(i))).collect(Collectors.joining()));
  }

  /** Valid ids: a letter, then 2 to 254 allowed characters, not starting with "goog". */
  private static Gen<String> validIds() {
    return chars(LETTERS, 1, 1).zip(chars(ALLOWED, 2, 254), String::concat)
        .assuming(id -> !id.startsWith(ResourceNames.RESERVED_PREFIX));
  }

  @Test
  void validIdsPassAsShortIdsAndAsFullNamesOfTheirKind() {
    qt().withExamples(EXAMPLES).forAll(validIds(), arbitrary().enumValues(ResourceKind.class)).checkAssert((id, kind) -> {
      assertEquals(List.of(), ResourceNames.check(id, kind));
      String full = "projects/" + PROJECT + "/" + kind.collection() + "/" + id;
      assertEquals(List.of(), ResourceNames.check(full, kind));
      ResourceName parsed = ResourceNames.parse(full).orElseThrow();
      assertEquals(Optional.of(full), parsed.fullName(kind, Optional.of("elsewhere-project")), "a full name keeps its project");
      assertEquals(Optional.of(full), ResourceNames.parse(id).orElseThrow().fullName(kind, Optional.of(PROJECT)));
    });
  }

  @Test
  void aFullNameOfTheOtherKindIsAlwaysRejected() {
    qt().withExamples(EXAMPLES).forAll(validIds(), arbitrary().enumValues(ResourceKind.class)).checkAssert((id, kind) -> {
      ResourceKind other = kind == ResourceKind.TOPIC ? ResourceKind.SUBSCRIPTION : ResourceKind.TOPIC;
      List<String> problems = ResourceNames.check("projects/" + PROJECT + "/" + other.collection() + "/" + id, kind);
      assertEquals(1, problems.size(), problems.toString());
      assertTrue(problems.get(0).startsWith("names a " + other.noun() + " where a " + kind.noun() + " is due"));
    });
  }

  @Test
  void anyForbiddenCharacterAnywhereIsRejected() {
    qt().withExamples(EXAMPLES)
        .forAll(validIds(), chars(FORBIDDEN, 1, 1), integers().between(0, 255), arbitrary().enumValues(ResourceKind.class))
        .checkAssert((id, bad, at, kind) -> {
          int i = Math.min(at, id.length());
          String withBad = id.substring(0, i) + bad + id.substring(i);
          assertFalse(ResourceNames.check(withBad, kind).isEmpty(), withBad);
        });
  }

  @Test
  void lengthsOutside3To255AreRejected() {
    qt().withExamples(EXAMPLES).forAll(chars(ALLOWED, 0, 1), chars(ALLOWED, 255, 300)).checkAssert((shortTail, longTail) -> {
      assertFalse(ResourceNames.check("m" + shortTail, ResourceKind.TOPIC).isEmpty(), "too short");
      assertFalse(ResourceNames.check("m" + longTail, ResourceKind.TOPIC).isEmpty(), "too long");
    });
  }
}
