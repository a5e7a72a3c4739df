package io.bgpersistence.render;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.ValidationExtension;
import java.util.List;

/**
 * Holds the place of the backend modules, which depend on this one and so are not on its tests'
 * class path: covers every backend, adds no rule. Listed in the test class path's META-INF/services.
 */
public final class StandInBackends implements ValidationExtension {
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
    return true;
  }
}
