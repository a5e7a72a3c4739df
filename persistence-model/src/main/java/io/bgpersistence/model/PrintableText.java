package io.bgpersistence.model;

/**
 * Text from a document made safe for a terminal line: control characters (newline, ESC, …),
 * line and paragraph separators, bidirectional overrides and unpaired surrogates become visible
 * escapes ({@code \n}, {@code \u001b}), so a key or value cannot start a line of its own, move the
 * cursor or recolour the screen. Every other character is kept.
 */
public final class PrintableText {
  private PrintableText() {}

  /**
   * The text with control characters (and other characters that could forge output) escaped.
   *
   * @param text any text
   * @return text that prints on one line as it reads
   */
  public static String escape(String text) {
    int first = firstUnsafe(text);
    if (first < 0) {
      return text;
    }
    StringBuilder out = new StringBuilder(text.length() + 16).append(text, 0, first);
    for (int i = first; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        out.append(c).append(text.charAt(++i));
      } else if (!unsafe(c)) {
        out.append(c);
      } else if (c == '\n') {
        out.append("\\n");
      } else if (c == '\r') {
        out.append("\\r");
      } else if (c == '\t') {
        out.append("\\t");
      } else {
        out.append(String.format("\\u%04x", (int) c));
      }
    }
    return out.toString();
  }

  private static int firstUnsafe(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (unsafe(c)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean unsafe(char c) {
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || c == '\u2028' || c == '\u2029'
        || (c >= '\u202a' && c <= '\u202e') || (c >= '\u2066' && c <= '\u2069') || c == '\u200e'
        || c == '\u200f' || c == '\u061c' || Character.isSurrogate(c);
  }
}
