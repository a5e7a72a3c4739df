package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterEnvironment;
import io.bgpersistence.model.WriterSpec;
import java.util.List;
import java.util.Locale;
import java.util.Set;

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

  /** The words of a variable's name (split at underscores) that say it holds a credential. */
  private static final Set<String> CREDENTIAL_WORDS = Set.of("PASSWORD", "PASSWD", "PWD", "SECRET", "TOKEN",
      "CREDENTIAL", "CREDENTIALS", "APIKEY");
  /** Two words that do: {@code API_KEY}, {@code PRIVATE_KEY}, {@code ACCESS_KEY}. */
  private static final Set<String> KEY_QUALIFIERS = Set.of("API", "PRIVATE", "ACCESS", "SECRET", "SIGNING");

  static boolean looksLikeACredential(String name) {
    String[] words = name.toUpperCase(Locale.ROOT).split("_");
    for (int i = 0; i < words.length; i++) {
      if (CREDENTIAL_WORDS.contains(words[i]) || (words[i].equals("KEY") && i > 0 && KEY_QUALIFIERS.contains(words[i - 1]))) {
        return true;
      }
    }
    return false;
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    w.additionalEnvVars().ifPresent(vars -> {
      FieldPath at = Paths.writer(i).child("additional_env_vars");
      vars.keySet().forEach(name -> {
        Checks.envVarName(name).forEach(m -> out.add(FieldProblem.invalid(at.key(name), name, m, ID)));
        if (WriterEnvironment.reservedNames().contains(name)) {
          out.add(FieldProblem.duplicate(at.key(name), name, "is an environment variable bpctl sets itself "
              + "(from the document's own fields); set that field instead", ID));
        }
        if (looksLikeACredential(name)) {
          // Not an error: the platform's format allows it. Its value is not quoted here.
          out.add(FieldProblem.invalid(at.key(name), null, "looks like a credential: additional_env_vars are "
              + "written into the Deployment as plain text, readable by anyone who may read Deployments; keep "
              + "credentials in the secret manager the writers read (as kafka_sasl_secret names one)", ID).asWarning());
        }
      });
    });
  }
}
