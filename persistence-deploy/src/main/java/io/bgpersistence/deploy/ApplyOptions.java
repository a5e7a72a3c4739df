package io.bgpersistence.deploy;

/**
 * How to apply: {@code dryRun} asks the API server to check everything and persist nothing;
 * {@code prune} deletes the writers this tool created that the rendering no longer has;
 * {@code forceConflicts} takes over fields another field manager owns (off by default, as kubectl).
 */
public record ApplyOptions(boolean dryRun, boolean prune, boolean forceConflicts) {
  public static ApplyOptions defaults() {
    return new ApplyOptions(false, false, false);
  }
}
