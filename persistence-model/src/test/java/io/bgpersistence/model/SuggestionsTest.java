package io.bgpersistence.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.lists;
import static org.quicktheories.generators.SourceDSL.strings;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class SuggestionsTest {
  private static final List<String> NAMES = List.of("name", "bus_backend", "namespace", "service_account_name",
      "default_replica_count", "kafka_sasl_secret", "image_override");

  @Test
  void aTypoGetsTheNameMeantAndAnythingElseNothing() {
    assertEquals(Optional.of("name"), Suggestions.closest("nmae", NAMES));
    assertEquals(Optional.of("bus_backend"), Suggestions.closest("Bus-Backnd", NAMES));
    assertEquals(Optional.of("default_replica_count"), Suggestions.closest("default_replicas_count", NAMES));
    assertEquals(Optional.empty(), Suggestions.closest("completely_unrelated", NAMES));
    assertEquals(Optional.empty(), Suggestions.closest("x".repeat(100_000), NAMES));
  }

  /**
   * The bounded search suggests exactly what comparing with every candidate in full suggests:
   * the first of the closest candidates, when within a third of the name (at least 2 edits).
   */
  @Test
  void theSuggestionIsTheFirstClosestCandidateWithinTheAllowance() {
    Gen<String> names = strings().betweenCodePoints('a', 'f').ofLengthBetween(0, 9);
    qt().withExamples(Integer.getInteger("qt.examples", 2000))
        .forAll(names, lists().of(names).ofSizeBetween(0, 8))
        .checkAssert((given, candidates) ->
            assertEquals(inFull(given, candidates), Suggestions.closest(given, candidates), given + " " + candidates));
  }

  private static Optional<String> inFull(String given, Collection<String> candidates) {
    String a = normal(given);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = levenshtein(a, normal(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return best != null && bestDistance <= Math.max(2, a.length() / 3) ? Optional.of(best) : Optional.empty();
  }

  private static String normal(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_').trim();
  }

  private static int levenshtein(String a, String b) {
    int[][] d = new int[a.length() + 1][b.length() + 1];
    for (int i = 0; i <= a.length(); i++) {
      for (int j = 0; j <= b.length(); j++) {
        d[i][j] = i == 0 ? j : j == 0 ? i : Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1),
            d[i - 1][j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1));
      }
    }
    return d[a.length()][b.length()];
  }
}
