package io.bgpersistence.pubsub;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import io.bgpersistence.validation.Checks;
import io.bgpersistence.validation.ValidationContext;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Under Pub/Sub the upload bucket is a Cloud Storage bucket, {@code gs://…}. When
 * {@code secret_client} is GCP the core's bucket-scheme rule already says so; this rule speaks
 * only when it cannot (another secret client, or none), and only about the scheme (the core
 * reports a value that is no bucket URL at all), so the user hears each thing once.
 */
final class UploadBucketRule extends PubSubRule {
  static final String ID = "pubsub-upload-bucket";
  static final String SCHEME = "gs://";
  private static final Pattern OTHER_SCHEME = Pattern.compile("(?!gs://)[A-Za-z0-9+.-]+://.*");

  UploadBucketRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    boolean coreChecks = Setting.SECRET_CLIENT.givenIn(document)
        .flatMap(v -> WireValue.parse(SecretClient.class, v))
        .filter(SecretClient.GCP::equals)
        .isPresent();
    if (coreChecks) {
      return List.of();
    }
    return Setting.BQ_UPLOAD_BUCKET.givenIn(document)
        .filter(v -> OTHER_SCHEME.matcher(v).matches() && !Checks.hasPlaceholder(v))
        .map(v -> List.of(FieldProblem.invalid(Setting.BQ_UPLOAD_BUCKET.pathIn(document), v,
            "must be a Cloud Storage bucket, " + SCHEME + "BUCKET, when bus_backend is PUBSUB", ID)))
        .orElse(List.of());
  }
}
