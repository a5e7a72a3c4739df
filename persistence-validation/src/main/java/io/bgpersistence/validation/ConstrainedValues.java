package io.bgpersistence.validation;

import io.bgpersistence.model.ClusterManagerConfig;
import io.bgpersistence.model.CommonPersistenceSpecs;
import io.bgpersistence.model.HpaSpecs;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What Hibernate Validator checks: for each model type with per-field constraints, a small class
 * holding just its constrained values, in fields named like the model's accessors. HV builds its
 * metadata from every method of a class it validates, and a model type has a hundred or more (its
 * withers included; the generated classes more), most of them unconstrained: that metadata was most
 * of a cold {@code validate}. These classes have no methods, so HV reads nothing but what it checks;
 * being concrete, they are validated alike by Hibernate Validator 8 (Spring Boot 3's), which builds
 * no metadata for an interface, and 9.
 */
final class ConstrainedValues {
  /** The class HV validates for each model type, for readers of its constraint metadata. */
  static final Map<Class<?>, Class<?>> OF_MODEL_TYPE = Map.of(
      PersistenceDocument.class, Document.class,
      CommonPersistenceSpecs.class, Common.class,
      WriterSpec.class, Writer.class,
      HpaSpecs.class, Hpa.class,
      ClusterManagerConfig.class, ClusterManager.class);

  private ConstrainedValues() {}

  static final class Document {
    final List<Writer> writers;
    final Optional<ClusterManager> clusterManagerConfig;

    Document(PersistenceDocument document) {
      List<Writer> views = new ArrayList<>(document.writers().size());
      for (WriterSpec writer : document.writers()) {
        views.add(new Writer(writer));
      }
      writers = views;
      clusterManagerConfig = document.clusterManagerConfig().map(ClusterManager::new);
    }
  }

  static final class Common {
    final Optional<String> busBackend;
    final Optional<String> namespace;
    final Optional<String> serviceAccountName;

    Common(CommonPersistenceSpecs specs) {
      busBackend = specs.busBackend();
      namespace = specs.namespace();
      serviceAccountName = specs.serviceAccountName();
    }
  }

  static final class Writer {
    final Optional<String> name;
    final Optional<String> busSubscriberType;
    final Optional<String> version;
    final Optional<Integer> defaultReplicaCount;
    final Optional<Integer> maxBatchSize;
    final Optional<Integer> messageProcessingConcurrency;
    final Optional<String> queryTableWriteDropRatio;
    final Optional<String> nodepool;
    final Optional<String> instanceType;
    final Optional<Hpa> hpaSpecs;

    Writer(WriterSpec writer) {
      name = writer.name();
      busSubscriberType = writer.busSubscriberType();
      version = writer.version();
      defaultReplicaCount = writer.defaultReplicaCount();
      maxBatchSize = writer.maxBatchSize();
      messageProcessingConcurrency = writer.messageProcessingConcurrency();
      queryTableWriteDropRatio = writer.queryTableWriteDropRatio();
      nodepool = writer.nodepool();
      instanceType = writer.instanceType();
      hpaSpecs = writer.hpaSpecs().map(Hpa::new);
    }
  }

  static final class Hpa {
    final Optional<String> hpaPubsubSubscriptionId;
    final Optional<Integer> hpaMinReplicas;
    final Optional<Integer> hpaMaxReplicas;
    final Optional<Integer> hpaTargetAverageValue;

    Hpa(HpaSpecs hpa) {
      hpaPubsubSubscriptionId = hpa.hpaPubsubSubscriptionId();
      hpaMinReplicas = hpa.hpaMinReplicas();
      hpaMaxReplicas = hpa.hpaMaxReplicas();
      hpaTargetAverageValue = hpa.hpaTargetAverageValue();
    }
  }

  static final class ClusterManager {
    final Optional<Integer> nodePodMetricsIntervalSecs;

    ClusterManager(ClusterManagerConfig config) {
      nodePodMetricsIntervalSecs = config.nodePodMetricsIntervalSecs();
    }
  }
}
