package io.bgpersistence.validation;

import io.bgpersistence.model.BusBackend;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.MetadataProvider;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import io.bgpersistence.model.WriterSpec;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Values of a closed set are one of its members (NotSupported, listing them and the closest):
 * the settings of the table below, and each writer's {@code bus_subscriber_type} from the registry.
 */
final class ClosedSetsRule implements DocumentRule {
  static final String ID = "closed-set";

  /** Flag values the writers read as booleans. */
  static final List<String> FLAG_VALUES = List.of("1", "0", "true", "false");

  private static final Map<Setting, List<String>> SETS = table();

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    SETS.forEach((setting, allowed) -> Values.given(setting, document)
        .filter(v -> !allowed.contains(v))
        .ifPresent(v -> out.add(FieldProblem.notSupported(Paths.of(setting), v, allowed, ID))));
    List<String> types = context.registry().names();
    List<WriterSpec> writers = document.writers();
    for (int i = 0; i < writers.size(); i++) {
      int index = i;
      Values.given(writers.get(i).busSubscriberType())
          .filter(v -> context.registry().find(v).isEmpty())
          .ifPresent(v -> out.add(FieldProblem.notSupported(
              Paths.writer(index).child("bus_subscriber_type"), v, types, ID)));
    }
    return out;
  }

  private static Map<Setting, List<String>> table() {
    Map<Setting, List<String>> t = new LinkedHashMap<>();
    t.put(Setting.BUS_BACKEND, WireValue.wireNames(BusBackend.class));
    t.put(Setting.SECRET_CLIENT, WireValue.wireNames(SecretClient.class));
    t.put(Setting.KAFKA_SECURITY_PROTOCOL, WireValue.wireNames(KafkaSecurityProtocol.class));
    t.put(Setting.KAFKA_SASL_MECHANISM, WireValue.wireNames(SaslMechanism.class));
    t.put(Setting.REDIS_IS_CLUSTERED, FLAG_VALUES);
    t.put(Setting.METADATA_PROVIDER, WireValue.wireNames(MetadataProvider.class));
    return t;
  }
}
