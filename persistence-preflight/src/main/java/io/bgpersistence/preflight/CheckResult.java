package io.bgpersistence.preflight;

import java.util.Objects;

/** One live check and its outcome: {@code ok  kafka.topic[metrics-bus-1]: exists}. */
public record CheckResult(String name, CheckStatus status, String detail) {
  public CheckResult {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(detail, "detail");
  }

  public static CheckResult ok(String name, String detail) {
    return new CheckResult(name, CheckStatus.OK, detail);
  }

  public static CheckResult fail(String name, String detail) {
    return new CheckResult(name, CheckStatus.FAIL, detail);
  }

  public static CheckResult skip(String name, String detail) {
    return new CheckResult(name, CheckStatus.SKIP, detail);
  }

  /** One line per check, the status first so that a column of them reads at a glance. */
  public String toLine() {
    return String.format("%-4s %s: %s", status.label(), name, detail);
  }
}
