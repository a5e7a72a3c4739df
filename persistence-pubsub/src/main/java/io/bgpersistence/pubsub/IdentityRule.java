package io.bgpersistence.pubsub;

import io.bgpersistence.pubsub.internal.ResourceNames;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.Checks;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Google identity fields are well formed: {@code google_cloud_project} a project id (it
 * resolves short ids).
 */
final class IdentityRule extends PubSubRule {
  static final String ID = "pubsub-identity";

  private static final Map<Setting, Function<String, List<String>>> FORMATS = Map.of(
      Setting.GOOGLE_CLOUD_PROJECT, ResourceNames::projectId);

  IdentityRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      Function<String, List<String>> format = FORMATS.get(s);
      if (format == null) {
        continue;
      }
      s.givenIn(document)
          .filter(v -> !Checks.hasPlaceholder(v))
          .ifPresent(v -> format.apply(v).forEach(m -> out.add(FieldProblem.invalid(s.pathIn(document), v, m, ID))));
    }
    return out;
  }
}
