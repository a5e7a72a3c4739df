package io.bgpersistence.pubsub;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.pubsub.internal.PubSubDocuments;
import io.bgpersistence.validation.DocumentRule;
import io.bgpersistence.validation.ValidationExtension;
import java.util.List;

/**
 * The Pub/Sub rules, found by {@code DocumentValidator.standard()} through {@link java.util.ServiceLoader}.
 * Plain parsing only: validating never loads the Pub/Sub client. What the core already reports is
 * not repeated here: a writer's missing subscription or topic field (its registry row), Kafka
 * settings under PUBSUB, placeholders, and the bucket scheme when {@code secret_client} is GCP.
 */
public final class PubSubValidationExtension implements ValidationExtension {
  /** This extension's id. */
  public static final String ID = "pubsub";


  @Override
  public String id() {
    return ID;
  }

  @Override
  public boolean appliesTo(PersistenceDocument document) {
    return PubSubDocuments.isPubSub(document);
  }

  @Override
  public boolean coversBackend(BusBackend backend) {
    return backend == BusBackend.PUBSUB;
  }

  @Override
  public List<DocumentRule> rules() {
    return List.of(
        new ResourceNameRule(),
        new SameProjectRule(),
        new PairSameIdRule(),
        new SharedSubscriptionRule(),
        new SecretClientRule(),
        new UploadBucketRule(),
        new IdentityRule());
  }
}
