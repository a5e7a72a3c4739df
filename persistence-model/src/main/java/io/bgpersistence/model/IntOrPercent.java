package io.bgpersistence.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole number or a percentage, as Kubernetes' {@code IntOrString} in a PodDisruptionBudget:
 * {@code 1} or {@code "25%"}. Kept as written (a number stays a number, text stays text); whether
 * the text is a well-formed percentage is validation's to say.
 */
public final class IntOrPercent {
  private final Integer number;
  private final String text;

  private IntOrPercent(Integer number, String text) {
    this.number = number;
    this.text = text;
  }

  /**
   * A whole number of pods.
   *
   * @param number how many pods; not checked here (validation refuses a negative number)
   * @return A whole number of pods
   */
  @JsonCreator
  public static IntOrPercent of(int number) {
    return new IntOrPercent(number, null);
  }

  /**
   * Text as written, e.g. {@code "25%"}.
   *
   * @param text the text as written, e.g. {@code "25%"}; not null; validation checks its form
   * @return text as written, e.g. {@code "25%"}
   */
  @JsonCreator
  public static IntOrPercent of(String text) {
    return new IntOrPercent(null, Objects.requireNonNull(text, "text"));
  }

  /** {@return the number, when it was written as one} */
  public Optional<Integer> number() {
    return Optional.ofNullable(number);
  }

  /** {@return the text, when it was written as a string} */
  public Optional<String> text() {
    return Optional.ofNullable(text);
  }

  /** As JSON: the number or the string. */
  @JsonValue
  Object json() {
    return number != null ? number : text;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof IntOrPercent other && Objects.equals(number, other.number) && Objects.equals(text, other.text);
  }

  @Override
  public int hashCode() {
    return Objects.hash(number, text);
  }

  @Override
  public String toString() {
    return String.valueOf(json());
  }
}
