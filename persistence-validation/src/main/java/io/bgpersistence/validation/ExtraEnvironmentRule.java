package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.Secrets;
import io.bgpersistence.model.WriterEnvironment;
import io.bgpersistence.model.WriterSpec;
import java.util.List;

/**
 * A writer's {@code additional_env_vars}: each name is one Kubernetes accepts, and none is a name
 * bpctl sets itself (its name, its type, a setting): Kubernetes would let one of the two silently
 * win, so a clash is a Duplicate. A name that says it holds a credential is a warning: the value
 * would be readable by anyone who can read the Deployment.
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
        if (Secrets.isSecretName(name)) {
          // Not an error: the platform's format allows it. Its value is not quoted here.
          out.add(FieldProblem.invalid(at.key(name), null, "looks like a credential, and additional_env_vars "
              + "are written into the Deployment as plain text; give it to the writer from a Kubernetes "
              + "Secret instead", ID).asWarning());
        }
      });
    });
  }
}
