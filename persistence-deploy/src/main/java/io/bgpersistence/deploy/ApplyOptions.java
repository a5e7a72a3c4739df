package io.bgpersistence.deploy;

/**
 * How to apply: {@code dryRun} asks the API server to check everything and persist nothing;
 * {@code prune} deletes the writers this tool created that the rendering no longer has;
 * {@code forceConflicts} takes over fields another field manager owns (off by default, as kubectl).
 *
 * @param dryRun whether the server only checks
 * @param prune whether writers the document no longer has are deleted
 * @param forceConflicts whether fields another field manager owns are taken over
 */
public record ApplyOptions(boolean dryRun, boolean prune, boolean forceConflicts) {
  /**
   * A plain apply: persisted, nothing pruned, conflicts refused.
   *
   * @return the default options
   */
  public static ApplyOptions defaults() {

    return new ApplyOptions(false, false, false);
  }
}
