package io.bgpersistence.preflight;

import java.util.Locale;

/** The outcome of one preflight check. */
public enum CheckStatus {
  /** The prerequisite is there. */
  OK,
  /** The prerequisite is missing or wrong: preflight exits 1. */
  FAIL,
  /** The check could not run here (no cluster configured, say): not a pass. */
  SKIP;

  /**
   * The status as printed (docs/contract.md, "bpctl commands").
   *
   * @return {@code ok}, {@code FAIL} or {@code SKIP}
   */

  public String label() {
    return this == OK ? name().toLowerCase(Locale.ROOT) : name();
  }
}
