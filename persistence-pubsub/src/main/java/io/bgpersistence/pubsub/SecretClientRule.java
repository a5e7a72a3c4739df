package io.bgpersistence.pubsub;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;

/**
 * Under Pub/Sub the fleet runs on GCP, so its secrets are in Google Secret Manager: another
 * {@code secret_client} is a warning. A value outside the closed set is the core's NotSupported.
 */
final class SecretClientRule extends PubSubRule {
  static final String ID = "pubsub-secret-client";

  SecretClientRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    return Setting.SECRET_CLIENT.givenIn(document)
        .filter(v -> WireValue.parse(SecretClient.class, v).filter(c -> c != SecretClient.GCP).isPresent())
        .map(v -> List.of(FieldProblem.invalid(Setting.SECRET_CLIENT.pathIn(document), v,
            "expected \"" + SecretClient.GCP.wireName() + "\" when bus_backend is PUBSUB: the fleet runs on "
                + "Google Cloud and reads its secrets from Secret Manager", ID).asWarning()))
        .orElse(List.of());
  }
}
