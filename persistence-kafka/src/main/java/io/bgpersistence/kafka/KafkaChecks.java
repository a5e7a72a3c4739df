package io.bgpersistence.kafka;

import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterTypeRegistry;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.PreflightContext;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

/**
 * The Kafka preflight checks, in order, each one line: {@code kafka.brokers} (a TCP connection to
 * a bootstrap server within the timeout), {@code kafka.authentication} (the brokers answer an
 * Admin request with the document's settings and the given credential), then one
 * {@code kafka.topic[NAME]} per topic the writers use and {@code kafka.dlq-topic[NAME]}.
 *
 * <p>Without a credential for a mechanism that needs one, authentication and the topics are SKIP
 * (they cannot run here, CONTRACT.md), saying how to give the credential; a check that cannot run
 * because an earlier one failed is SKIP too, naming that check. The credential is never printed.
 */
final class KafkaChecks {
  static final String BROKERS = "kafka.brokers";
  static final String AUTHENTICATION = "kafka.authentication";
  static final String CLIENT_ID = "bpctl-preflight";

  private KafkaChecks() {}

  static List<CheckResult> run(PreflightContext context) {
    PersistenceDocument doc = context.document();
    NeededTopics needed = NeededTopics.of(doc, WriterTypeRegistry.builtIn());
    List<CheckResult> out = new ArrayList<>();

    Optional<String> brokersProblem = reachBrokers(doc, context.timeout(), out);
    if (brokersProblem.isPresent()) {
      skipTopics(doc, needed, "not checked: " + brokersProblem.get(), out);
      return out;
    }
    Optional<CheckResult> cannot = cannotAuthenticate(doc, context);
    if (cannot.isPresent()) {
      out.add(cannot.get());
      skipTopics(doc, needed, "not checked: " + cannot.get().detail().split(":")[0], out);
      return out;
    }
    KafkaClientSettings settings;
    try {
      settings = KafkaClientSettings.of(doc, context.kafkaSaslSecret());
    } catch (KafkaSettingsException e) {
      out.add(CheckResult.fail(AUTHENTICATION, e.getMessage()));
      skipTopics(doc, needed, "not checked: no usable Kafka settings", out);
      return out;
    }
    Admin admin;
    try {
      admin = Admin.create(adminProperties(settings, context.timeout()));
    } catch (KafkaException e) {
      out.add(CheckResult.fail(AUTHENTICATION, "cannot create a Kafka client from the document: " + e.getMessage()));
      skipTopics(doc, needed, "not checked: no Kafka client", out);
      return out;
    }
    try {
      Optional<Set<String>> existing = authenticate(admin, settings, context.timeout(), out);
      if (existing.isEmpty()) {
        skipTopics(doc, needed, "not checked: " + AUTHENTICATION + " failed", out);
      } else {
        checkTopics(doc, needed, existing.get(), settings, out);
      }
    } finally {
      admin.close(Duration.ofSeconds(1));  // do not wait for requests to brokers that never answered
    }
    return out;
  }

  /**
   * Why authentication cannot be checked here, as a SKIP line: no credential for a mechanism that
   * needs one, or a mechanism bpctl cannot log in with. Empty when it can be checked.
   */
  private static Optional<CheckResult> cannotAuthenticate(PersistenceDocument doc, PreflightContext context) {
    boolean sasl = SecurityPairRule.effectiveProtocol(doc).map(KafkaSecurityProtocol::usesSasl).orElse(false);
    if (!sasl) {
      return Optional.empty();
    }
    Optional<SaslMechanism> mechanism = KafkaDocument.mechanism(doc);
    if (mechanism.isPresent() && !SaslLogin.supported(mechanism.get())) {
      return Optional.of(CheckResult.skip(AUTHENTICATION, "bpctl cannot log in with " + mechanism.get().wireName()
          + ": it needs settings (a token endpoint) that the document does not hold"));
    }
    if (mechanism.isPresent() && SaslLogin.loginModuleMissing(mechanism.get())) {
      return Optional.of(CheckResult.skip(AUTHENTICATION, "bpctl cannot log in with " + mechanism.get().wireName()
          + ": its login module (the aws-msk-iam-auth library) is not on bpctl's class path"));
    }
    boolean needsCredential = mechanism.map(SaslLogin::needsCredential).orElse(true);
    if (needsCredential && context.kafkaSaslSecret().isEmpty()) {
      return Optional.of(CheckResult.skip(AUTHENTICATION, "no credential given: pass --sasl-secret-file FILE or "
          + "set BPCTL_KAFKA_SASL_SECRET to the value of the secret kafka_sasl_secret names "
          + "({\"username\": \"...\", \"password\": \"...\"})"));
    }
    return Optional.empty();
  }

  /** Adds the brokers line; returns why the checks after it cannot run, if they cannot. */
  private static Optional<String> reachBrokers(PersistenceDocument doc, Duration timeout, List<CheckResult> out) {
    Optional<String> raw = Setting.KAFKA_BOOTSTRAP_SERVERS.valueIn(doc).filter(v -> !v.isBlank());
    if (raw.isEmpty()) {
      out.add(CheckResult.fail(BROKERS, "kafka_bootstrap_servers is not set"));
      return Optional.of("no brokers to ask");
    }
    List<BootstrapServers.Entry> entries = BootstrapServers.parse(raw.get());
    String bad = entries.stream().flatMap(e -> e.messages().stream()).collect(Collectors.joining("; "));
    if (!bad.isEmpty()) {
      out.add(CheckResult.fail(BROKERS, "kafka_bootstrap_servers: " + bad));
      return Optional.of("no brokers to ask");
    }
    // All at once, each with the whole timeout: one silent broker must not use up the others' time.
    List<BrokerAddress> addresses = entries.stream().map(e -> e.address().orElseThrow()).toList();
    ExecutorService pool = Executors.newFixedThreadPool(addresses.size(), r -> {
      Thread t = new Thread(r, "bpctl-kafka-connect");
      t.setDaemon(true);
      return t;
    });
    List<CompletableFuture<Optional<String>>> attempts = addresses.stream()
        .map(a -> CompletableFuture.supplyAsync(() -> connect(a, timeout), pool))
        .toList();
    pool.shutdown();
    List<String> answered = new ArrayList<>();
    List<String> failed = new ArrayList<>();
    for (int i = 0; i < addresses.size(); i++) {
      Optional<String> problem = attempts.get(i).join();
      if (problem.isEmpty()) {
        answered.add(addresses.get(i).toString());
      } else {
        failed.add(addresses.get(i) + " (" + problem.get() + ")");
      }
    }
    if (answered.isEmpty()) {
      out.add(CheckResult.fail(BROKERS, "no bootstrap server could be reached within " + seconds(timeout) + ": "
          + String.join(", ", failed)));
      return Optional.of(BROKERS + " failed");
    }
    out.add(CheckResult.ok(BROKERS, "reachable: " + String.join(", ", answered)
        + (failed.isEmpty() ? "" : "; not reachable: " + String.join(", ", failed))));
    return Optional.empty();
  }

  /** Adds the authentication line; returns the topics the user can see when it succeeded. */
  private static Optional<Set<String>> authenticate(Admin admin, KafkaClientSettings settings, Duration timeout,
      List<CheckResult> out) {
    long millis = timeout.toMillis();
    try {
      DescribeClusterResult cluster = admin.describeCluster();
      Collection<Node> nodes = cluster.nodes().get(millis, TimeUnit.MILLISECONDS);
      String clusterId = cluster.clusterId().get(millis, TimeUnit.MILLISECONDS);
      Set<String> topics = admin.listTopics().names().get(millis, TimeUnit.MILLISECONDS);
      String who = settings.saslMechanism()
          .map(m -> "authenticated" + settings.username().map(u -> " as " + u).orElse("") + " with " + m.wireName())
          .orElse("connected with " + settings.securityProtocol().wireName() + " (no SASL authentication)");
      out.add(CheckResult.ok(AUTHENTICATION, who + "; cluster " + clusterId + ", " + nodes.size() + " broker(s)"));
      return Optional.of(topics);
    } catch (ExecutionException e) {
      out.add(CheckResult.fail(AUTHENTICATION, failure(e.getCause(), settings)));
    } catch (java.util.concurrent.TimeoutException e) {
      out.add(CheckResult.fail(AUTHENTICATION, "the brokers did not answer within " + seconds(timeout)
          + " (wrong security protocol for this port, or brokers not advertising a reachable address?)"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.add(CheckResult.fail(AUTHENTICATION, "interrupted"));
    }
    return Optional.empty();
  }

  /** Says what went wrong in the user's terms; the broker's own text never holds the password. */
  private static String failure(Throwable cause, KafkaClientSettings settings) {
    String mechanism = settings.saslMechanism().map(m -> m.wireName()).orElse("");
    String user = settings.username().map(u -> " for user " + u).orElse("");
    if (cause instanceof UnsupportedSaslMechanismException) {
      return "authentication failed: the brokers do not offer " + mechanism + " on this listener";
    }
    if (cause instanceof SaslAuthenticationException) {
      return "authentication failed" + user + " with " + mechanism
          + ": the brokers rejected the credential (wrong user name or password?)";
    }
    if (cause instanceof SslAuthenticationException) {
      return "TLS handshake failed: " + cause.getMessage();
    }
    if (cause instanceof AuthenticationException) {
      return "authentication failed" + user + ": " + cause.getMessage();
    }
    if (cause instanceof org.apache.kafka.common.errors.TimeoutException) {
      return "the brokers did not answer in time (wrong security protocol for this port?): " + cause.getMessage();
    }
    return cause.getClass().getSimpleName() + ": " + cause.getMessage();
  }

  private static void checkTopics(PersistenceDocument doc, NeededTopics needed, Set<String> existing,
      KafkaClientSettings settings, List<CheckResult> out) {
    String hidden = settings.username().map(u -> " (or user " + u + " may not describe it)").orElse("");
    for (NeededTopics.Unset u : needed.unset()) {
      out.add(CheckResult.fail(topicLine(u.setting().jsonName()),
          u.setting().jsonName() + " is not set, and writer " + u.writer() + " needs it"));
    }
    for (NeededTopics.Topic t : needed.topics()) {
      out.add(existing.contains(t.name())
          ? CheckResult.ok(topicLine(t.name()), "exists; " + t.users())
          : CheckResult.fail(topicLine(t.name()), "topic \"" + t.name() + "\" does not exist" + hidden + "; "
              + t.users()));
    }
    Optional<String> dlq = Setting.KAFKA_DLQ_TOPIC.valueIn(doc).filter(v -> !v.isBlank());
    if (dlq.isEmpty()) {
      out.add(CheckResult.fail(dlqLine("kafka_dlq_topic"), "kafka_dlq_topic is not set"));
    } else {
      out.add(existing.contains(dlq.get())
          ? CheckResult.ok(dlqLine(dlq.get()), "exists")
          : CheckResult.fail(dlqLine(dlq.get()), "dead-letter topic \"" + dlq.get() + "\" does not exist" + hidden));
    }
  }

  private static void skipTopics(PersistenceDocument doc, NeededTopics needed, String why, List<CheckResult> out) {
    needed.unset().forEach(u -> out.add(CheckResult.skip(topicLine(u.setting().jsonName()), why)));
    needed.topics().forEach(t -> out.add(CheckResult.skip(topicLine(t.name()), why)));
    String dlq = Setting.KAFKA_DLQ_TOPIC.valueIn(doc).filter(v -> !v.isBlank()).orElse("kafka_dlq_topic");
    out.add(CheckResult.skip(dlqLine(dlq), why));
  }

  static String topicLine(String name) {
    return "kafka.topic[" + name + "]";
  }

  static String dlqLine(String name) {
    return "kafka.dlq-topic[" + name + "]";
  }

  /** Every wait of the Admin client bounded by the preflight timeout. */
  static Properties adminProperties(KafkaClientSettings settings, Duration timeout) {
    Properties p = settings.admin(CLIENT_ID);
    String ms = Long.toString(Math.max(1, timeout.toMillis()));
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, ms);
    return p;
  }

  /** Opens and closes a TCP connection; the reason it failed, or empty when it worked. */
  private static Optional<String> connect(BrokerAddress a, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(a.host(), a.port()), (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(reason(e));
    }
  }

  private static String reason(IOException e) {
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  private static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
