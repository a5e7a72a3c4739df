package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;

import java.util.List;
import java.util.Set;

/**
 * Holds the place of the backend modules, which depend on this one and so are not on its tests'
 * class path: covers every backend, adds no rule. Listed in the test class path's META-INF/services.
 */
public final class StandInBackends implements ValidationExtension {
  private final Set<BusBackend> covered;

  /** Every backend: what ServiceLoader makes. */
  public StandInBackends() {
    this(BusBackend.values());
  }

  StandInBackends(BusBackend... covered) {
    this.covered = Set.of(covered);
  }

  @Override
  public String id() {
    return "stand-in-backends";
  }

  @Override
  public List<DocumentRule> rules() {
    return List.of();
  }

  @Override
  public boolean coversBackend(BusBackend backend) {
    return covered.contains(backend);
  }
}
