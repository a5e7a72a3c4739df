package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;

/** The few fixed paths of the document that are not settings. */
public final class Paths {
  public static final FieldPath COMMON = FieldPath.ROOT.child("common_persistence_specs");
  public static final FieldPath WRITERS = FieldPath.ROOT.child("writers");

  private Paths() {}

  /** {@code writers[i]}. */
  public static FieldPath writer(int i) {
    return WRITERS.index(i);
  }
}
