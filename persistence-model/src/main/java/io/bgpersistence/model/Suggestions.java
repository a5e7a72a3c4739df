package io.bgpersistence.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/** "Did you mean": the closest of a set of names, by edit distance, if it is close enough. */
final class Suggestions {
  private Suggestions() {}

  /**
   * The closest candidate to what was given, if it is close enough to be a likely typo.
   *
   * @param given what the document says
   * @param candidates the names or values it may have meant
   * @return the closest candidate, or empty
   */
  public static Optional<String> closest(String given, Collection<String> candidates) {

    String norm = normalize(given);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String candidate : candidates) {
      int d = distance(norm, normalize(candidate));
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    // Close enough to be a typo: at most a third of the name, and at least one edit allowed.
    int allowed = Math.max(2, norm.length() / 3);
    return best != null && bestDistance <= allowed ? Optional.of(best) : Optional.empty();
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_').trim();
  }

  /** Levenshtein distance, two rows. */
  static int distance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
