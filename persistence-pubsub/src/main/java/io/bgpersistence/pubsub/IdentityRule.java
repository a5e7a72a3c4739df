package io.bgpersistence.pubsub;

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
 * The Pub/Sub extension fields are well formed: {@code gcp_project_id} a project id (it resolves
 * short ids), {@code gcp_service_account} a Google service account's e-mail (it becomes the
 * Workload Identity annotation, which GKE silently ignores when it is wrong).
 */
final class IdentityRule extends PubSubRule {
  static final String ID = "pubsub-identity";

  private static final Map<Setting, Function<String, List<String>>> FORMATS = Map.of(
      Setting.GCP_PROJECT_ID, ResourceNames::projectId,
      Setting.GCP_SERVICE_ACCOUNT, ResourceNames::serviceAccount);

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
          .ifPresent(v -> format.apply(v).forEach(m -> out.add(FieldProblem.invalid(s.path(), v, m, ID))));
    }
    return out;
  }
}
