package io.bgpersistence.kafka;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.Checks;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@code kafka_bootstrap_servers} is required, a list of valid {@code host:port}: one problem per bad entry. */
final class BootstrapServersRule extends KafkaRule {
  static final String ID = "kafka-bootstrap-servers";

  BootstrapServersRule() {
    super(ID);
  }

  @Override
  protected List<FieldProblem> checkBackend(PersistenceDocument document, ValidationContext context) {
    Setting setting = Setting.KAFKA_BOOTSTRAP_SERVERS;
    Optional<String> value = setting.givenIn(document);
    if (value.isEmpty()) {
      return List.of(FieldProblem.required(setting.pathIn(document),
          "the Kafka brokers to connect to, as host:port[, host:port...]", ID));
    }
    if (Checks.hasPlaceholder(value.get())) {
      return List.of();  // the core reports the placeholder; its syntax is not worth a second error
    }
    List<FieldProblem> out = new ArrayList<>();
    for (BootstrapServers.Entry entry : BootstrapServers.parse(value.get())) {
      for (String message : entry.messages()) {
        out.add(FieldProblem.invalid(setting.pathIn(document), value.get(), message, ID));
      }
    }
    return out;
  }
}
