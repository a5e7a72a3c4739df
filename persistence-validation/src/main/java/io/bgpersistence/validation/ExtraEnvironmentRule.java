package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterEnvironment;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * A writer's {@code additional_env_vars}: each name is one Kubernetes accepts, and none is a name
 * bpctl sets itself (its name, its type, a setting): Kubernetes would let one of the two silently
 * win, so a clash is a Duplicate.
 */
final class ExtraEnvironmentRule extends EachWriterRule {
  static final String ID = "additional-env";

  ExtraEnvironmentRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, List<FieldProblem> out) {
    w.additionalEnvVars().ifPresent(vars -> {
      FieldPath at = Paths.writer(i).child("additional_env_vars");
      vars.keySet().forEach(name -> {
        Checks.envVarName(name).forEach(m -> out.add(FieldProblem.invalid(at.key(name), name, m, ID)));
        if (WriterEnvironment.reservedNames().contains(name)) {
          out.add(FieldProblem.duplicate(at.key(name), name, "is an environment variable bpctl sets itself "
              + "(from the document's own fields); set that field instead", ID));
        }
      });
    });
  }
}
