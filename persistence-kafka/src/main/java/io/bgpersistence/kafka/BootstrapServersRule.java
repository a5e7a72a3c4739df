package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.BootstrapServers;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.validation.Checks;
import io.bgpersistence.validation.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code kafka_bootstrap_servers} is required, a list of at most {@link BootstrapServers#MAX_ENTRIES}
 * valid {@code host:port}: one problem per bad entry, a Duplicate per repeated one.
 */
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
    int count = BootstrapServers.count(value.get());
    if (count > BootstrapServers.MAX_ENTRIES) {
      return List.of(FieldProblem.invalid(setting.path(), null, "lists " + count + " servers: at most "
          + BootstrapServers.MAX_ENTRIES + " (a few brokers are enough to bootstrap from)", ID));
    }
    if (BootstrapServers.holdsCredential(value.get())) {
      // Nothing of the list is quoted: a password may hold a comma, so no entry is safe to show.
      return List.of(FieldProblem.invalid(setting.pathIn(document), null, "holds a user name or password "
          + "(user:password@host): a bootstrap server is host:port, and the credential belongs in kafka_sasl_secret", ID));
    }
    List<FieldProblem> out = new ArrayList<>();
    String shown = value.get();
    List<BootstrapServers.Entry> entries = BootstrapServers.parse(value.get());
    for (BootstrapServers.Entry entry : entries) {
      for (String message : entry.messages()) {
        out.add(FieldProblem.invalid(setting.pathIn(document), shown, message, ID));
      }
    }
    for (Map.Entry<BootstrapServers.Entry, Integer> repeat : BootstrapServers.repeats(entries)) {
      BootstrapServers.Entry e = repeat.getKey();
      out.add(FieldProblem.duplicate(setting.path(), shown, "entry " + e.number() + " (\"" + e.text()
          + "\") repeats entry " + repeat.getValue(), ID));
    }
    return out;
  }
}
