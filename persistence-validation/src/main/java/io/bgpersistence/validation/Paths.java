package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;

/**
 * The fixed paths of the document, built once: making a {@link FieldPath} renders its text, and
 * validation is on a hot path (a valid document should create none). A setting's path is
 * {@code Setting.pathIn(document)}: it depends on the spelling the document used.
 */
final class Paths {
  /** {@code common_persistence_specs}. */
  public static final FieldPath COMMON = FieldPath.ROOT.child("common_persistence_specs");
  /** {@code writers}. */
  public static final FieldPath WRITERS = FieldPath.ROOT.child("writers");

  private Paths() {}

  /** {@code writers[i]}. */
  public static FieldPath writer(int i) {
    return WRITERS.index(i);
  }
}
