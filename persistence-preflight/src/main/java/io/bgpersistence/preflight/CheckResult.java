package io.bgpersistence.preflight;

import java.util.Objects;

/**
 * One live check and its outcome: {@code ok  kafka.topic[metrics-bus-1]: exists}.
 *
 * @param name what was checked, e.g. {@code kafka.topic[metrics-bus-1]}
 * @param status the outcome
 * @param detail why, in words; never a secret
 */
public record CheckResult(String name, CheckStatus status, String detail) {
  /**
   * A result; no part may be null.
   *
   * @param name what was checked, e.g. {@code kafka.topic[metrics-bus-1]}
   * @param status the outcome
   * @param detail why, in words; never a secret
   */
  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  /**
   * A check that passed.
   *
   * @param name what was checked
   * @param detail what was found
   * @return the result
   */
  public static CheckResult ok(String name, String detail) {
    return new CheckResult(name, CheckStatus.OK, detail);
  }

  /**
   * A check that failed.
   *
   * @param name what was checked
   * @param detail why it failed
   * @return the result
   */
  public static CheckResult fail(String name, String detail) {
    return new CheckResult(name, CheckStatus.FAIL, detail);
  }

  /**
   * A check that could not run here: not a pass.
   *
   * @param name what would have been checked
   * @param detail why it could not run, and how to make it run
   * @return the result
   */
  public static CheckResult skip(String name, String detail) {
    return new CheckResult(name, CheckStatus.SKIP, detail);
  }

  /**
   * One line per check, the status first so that a column of them reads at a glance.
   *
   * @return {@code status  name: detail}
   */

  public String toLine() {
    return String.format("%-4s %s: %s", status.label(), name, detail);
  }
}
