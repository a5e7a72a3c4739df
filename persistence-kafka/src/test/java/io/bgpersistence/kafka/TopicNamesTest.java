package io.bgpersistence.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import org.apache.kafka.common.internals.Topic;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

/** Our mirror of Kafka's topic name rules says what the broker's own code says, on generated names. */
class TopicNamesTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);
  /** Legal characters, the two collision characters, and a few illegal ones. */
  private static final String ALPHABET = "aZ09._-._-/ !é:";

  /** Names of length 0-260 (around the 249 limit too), mostly from legal characters. */
  private static Gen<String> names() {
    Gen<Integer> lengths = integers().between(0, 20).mix(integers().between(240, 260), 30);
    return lengths.flatMap(n -> lists().of(integers().between(0, ALPHABET.length() - 1)).ofSize(n))
        .map(chars -> {
          StringBuilder b = new StringBuilder();
          chars.forEach(i -> b.append(ALPHABET.charAt(i)));
          return b.toString();
        });
  }

  @Test
  void legalExactlyWhenKafkaSaysSo() {
    qt().withExamples(EXAMPLES).forAll(names()).checkAssert(name ->
        assertEquals(Topic.isValid(name), TopicNames.isLegal(name), "\"" + name + "\""));
  }

  @Test
  void collideExactlyWhenKafkaSaysSo() {
    // The second name is another name, or the first with its '.' and '_' swapped one way.
    qt().withExamples(EXAMPLES).forAll(names(), names(), integers().between(0, 2)).checkAssert((a, other, how) -> {
      String b = how == 0 ? other : how == 1 ? a.replace('.', '_') : a.replace('_', '.');
      assertEquals(Topic.hasCollision(a, b), TopicNames.collisionKey(a).equals(TopicNames.collisionKey(b)),
          "\"" + a + "\" / \"" + b + "\"");
    });
  }

  @Test
  void theEdgesOfTheRules() {
    assertEquals(Topic.isValid("."), TopicNames.isLegal("."));
    assertEquals(Topic.isValid(".."), TopicNames.isLegal(".."));
    assertEquals(Topic.isValid("..."), TopicNames.isLegal("..."));
    assertEquals(true, TopicNames.isLegal("x".repeat(TopicNames.MAX_LENGTH)));
    assertEquals(false, TopicNames.isLegal("x".repeat(TopicNames.MAX_LENGTH + 1)));
  }
}
