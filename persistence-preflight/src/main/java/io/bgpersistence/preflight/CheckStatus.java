package io.bgpersistence.preflight;

import java.util.Locale;

public enum CheckStatus {
  OK,
  FAIL,
  /** The check could not run here (no cluster configured, say): not a pass. */
  SKIP;

  /** As printed: {@code ok}, {@code FAIL}, {@code SKIP} (docs/contract.md, "bpctl commands"). */
  public String label() {
    return this == OK ? name().toLowerCase(Locale.ROOT) : name();
  }
}
