package io.bgpersistence.kafka.client;

import io.bgpersistence.kafka.internal.KafkaDocument;
import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.preflight.CheckResult;
import io.bgpersistence.preflight.CheckStatus;
import io.bgpersistence.preflight.PreflightContext;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.DescribeClusterResult;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.config.ConfigException;
import org.apache.kafka.common.Node;
import org.apache.kafka.common.errors.AuthenticationException;
import org.apache.kafka.common.errors.SaslAuthenticationException;
import org.apache.kafka.common.errors.SslAuthenticationException;
import org.apache.kafka.common.errors.UnsupportedSaslMechanismException;

/**
 * The Kafka preflight checks, in order, one line each: {@link BrokersCheck} ({@code kafka.brokers}),
 * then {@code kafka.authentication} (the brokers answer an Admin request made with the document's
 * settings and the given credential), then {@link TopicsCheck} ({@code kafka.topic[NAME]},
 * {@code kafka.dlq-topic[NAME]}).
 *
 * <p>Without a credential for a mechanism that needs one, or with a mechanism bpctl cannot log in
 * with, authentication and the topics are SKIP (they cannot run here), saying why and
 * how to give the credential; a check that cannot run because an earlier one failed is SKIP too,
 * naming that check. The credential is never printed.
 */
final class KafkaChecks {
  static final String AUTHENTICATION = "kafka.authentication";
  static final String CLIENT_ID = "bpctl-preflight";

  private KafkaChecks() {}

  static List<CheckResult> run(PreflightContext context) {
    PersistenceDocument doc = context.document();
    NeededTopics needed = NeededTopics.of(doc, context.registry());
    List<CheckResult> out = new ArrayList<>();

    CheckResult brokers = BrokersCheck.run(doc, context.timeout());
    out.add(brokers);
    if (brokers.status() != CheckStatus.OK) {
      out.add(CheckResult.skip(AUTHENTICATION, "not checked: " + BrokersCheck.NAME + " failed"));
      TopicsCheck.skip(doc, needed, "not checked: " + BrokersCheck.NAME + " failed", out);
      return out;
    }
    Optional<CheckResult> cannot = cannotAuthenticate(doc, context);
    if (cannot.isPresent()) {
      out.add(cannot.get());
      TopicsCheck.skip(doc, needed, "not checked: " + cannot.get().detail().split(":")[0], out);
      return out;
    }
    KafkaClientSettings settings;
    try {
      settings = KafkaClientSettings.of(doc, context.kafkaSaslSecret());
    } catch (KafkaSettingsException e) {
      out.add(CheckResult.fail(AUTHENTICATION, e.getMessage()));
      TopicsCheck.skip(doc, needed, "not checked: no usable Kafka settings", out);
      return out;
    }
    Admin admin;
    try {
      admin = admin(settings, context.timeout(), CLIENT_ID);
    } catch (KafkaBusException e) {
      out.add(CheckResult.fail(AUTHENTICATION, e.getMessage()));
      TopicsCheck.skip(doc, needed, "not checked: no Kafka client", out);
      return out;
    }
    try {
      Optional<Set<String>> existing = authenticate(admin, settings, context.timeout(), out);
      if (existing.isEmpty()) {
        TopicsCheck.skip(doc, needed, "not checked: " + AUTHENTICATION + " failed", out);
      } else {
        TopicsCheck.check(doc, needed, existing.get(), settings, out);
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
    boolean sasl = KafkaDocument.effectiveProtocol(doc).map(KafkaSecurityProtocol::usesSasl).orElse(false);
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
      out.add(CheckResult.fail(AUTHENTICATION, failure(e.getCause(), Optional.of(settings))));
    } catch (java.util.concurrent.TimeoutException e) {
      out.add(CheckResult.fail(AUTHENTICATION, "the brokers did not answer within " + BrokersCheck.seconds(timeout)
          + " (wrong security protocol for this port, or brokers not advertising a reachable address?)"));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      out.add(CheckResult.fail(AUTHENTICATION, "interrupted"));
    }
    return Optional.empty();
  }

  /** Says what went wrong in the user's terms; the broker's own text never holds the password. */
  static String failure(Throwable cause, Optional<KafkaClientSettings> settings) {
    String mechanism = settings.flatMap(KafkaClientSettings::saslMechanism).map(m -> m.wireName()).orElse("");
    String user = settings.flatMap(KafkaClientSettings::username).map(u -> " for user " + u).orElse("");
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

  /**
   * An Admin client of the settings, every wait bounded by {@code timeout}; one that cannot be made
   * is a {@link KafkaBusException} saying why in the user's terms (Kafka's own says only "Failed
   * to create new KafkaAdminClient").
   */
  static Admin admin(KafkaClientSettings settings, Duration timeout, String clientId) {
    try {
      return Admin.create(adminProperties(settings, timeout, clientId));
    } catch (KafkaException e) {
      throw new KafkaBusException("cannot create a Kafka client from the document: " + whyNoClient(e), e);
    }
  }

  /**
   * {@link #admin}, once a bootstrap server has accepted a TCP connection: where none does, the
   * Admin client would wait out the whole timeout and then speak of node assignments; this says at
   * once which servers did not answer and why, in the words preflight uses.
   */
  static Admin reachableAdmin(KafkaClientSettings settings, Duration timeout, String clientId) {
    BrokersCheck.Reach reach = BrokersCheck.reach(settings.brokers(), timeout, true);
    if (reach.answered().isEmpty()) {
      throw new KafkaBusException(reach.noneAnswered(), null);
    }
    return admin(settings, timeout, clientId);
  }

  private static String whyNoClient(KafkaException e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof ConfigException && String.valueOf(t.getMessage()).contains("resolvable bootstrap urls")) {
        return "no host name in kafka_bootstrap_servers resolves (DNS)";
      }
    }
    return e.getMessage();
  }

  /** Every wait of the Admin client bounded by {@code timeout}; {@code client.id} tells the tools apart in the broker's logs and quotas. */
  static Properties adminProperties(KafkaClientSettings settings, Duration timeout, String clientId) {
    Properties p = settings.admin(clientId);
    String ms = Long.toString(Math.max(1, timeout.toMillis()));
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MS_CONFIG, ms);
    p.put(AdminClientConfig.SOCKET_CONNECTION_SETUP_TIMEOUT_MAX_MS_CONFIG, ms);
    return p;
  }
}
