package io.bgpersistence.model;

import java.util.Collection;
import java.util.Locale;
import java.util.Optional;

/**
 * "Did you mean": the closest of a set of names, by edit distance, if it is close enough. The one
 * measure of a likely typo, for field names, closed sets and bpctl's options alike.
 */
public final class Suggestions {
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
    // Close enough to be a typo: at most a third of the name, and at least two edits allowed.
    int allowed = Math.max(2, norm.length() / 3);
    String best = null;
    int bestDistance = allowed + 1;  // only a candidate within the allowance can be suggested
    for (String candidate : candidates) {
      String c = normalize(candidate);
      // The distance is at least the difference in length: most candidates end here, so a
      // document of thousands of unknown names is not thousands of full comparisons each.
      if (Math.abs(c.length() - norm.length()) >= bestDistance) {
        continue;
      }
      int d = distanceWithin(norm, c, bestDistance - 1);
      if (d < bestDistance) {
        best = candidate;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  private static String normalize(String s) {
    return s.toLowerCase(Locale.ROOT).replace('-', '_').trim();
  }

  /**
   * The Levenshtein distance of {@code a} and {@code b} when it is at most {@code limit}, else
   * {@code limit + 1}: two rows, given up once a whole row is over the limit (rows never shrink).
   */
  static int distanceWithin(String a, String b, int limit) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = i;
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return Math.min(prev[b.length()], limit + 1);
  }
}
