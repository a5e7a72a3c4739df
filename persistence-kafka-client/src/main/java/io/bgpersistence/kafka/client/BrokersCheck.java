package io.bgpersistence.kafka.client;

import io.bgpersistence.kafka.internal.BootstrapServers;
import io.bgpersistence.kafka.internal.BrokerAddress;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.preflight.CheckResult;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorCompletionService;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.Collectors;

/**
 * {@code kafka.brokers}: a TCP connection to each bootstrap server within the timeout. Plain TCP on
 * purpose: it needs no credential, so it says whether the brokers are there even when
 * authentication cannot be checked.
 */
final class BrokersCheck {
  static final String NAME = "kafka.brokers";
  /** Connections tried at the same time. */
  static final int MAX_PARALLEL = 8;

  private BrokersCheck() {}

  /** The brokers line: OK when at least one bootstrap server accepts a connection. */
  static CheckResult run(PersistenceDocument doc, Duration timeout) {
    Optional<String> raw = Setting.KAFKA_BOOTSTRAP_SERVERS.givenIn(doc);
    if (raw.isEmpty()) {
      return CheckResult.fail(NAME, "kafka_bootstrap_servers is not set");
    }
    List<BootstrapServers.Entry> entries = BootstrapServers.parse(raw.get());
    String bad = entries.stream().flatMap(e -> e.messages().stream()).collect(Collectors.joining("; "));
    if (!bad.isEmpty()) {
      return CheckResult.fail(NAME, "kafka_bootstrap_servers: " + bad);
    }
    if (entries.size() > BootstrapServers.MAX_ENTRIES) {
      return CheckResult.fail(NAME, "kafka_bootstrap_servers lists more than " + BootstrapServers.MAX_ENTRIES
          + " servers");
    }
    Reach reach = reach(entries.stream().map(e -> e.address().orElseThrow()).toList(), timeout, false);
    if (reach.answered().isEmpty()) {
      return CheckResult.fail(NAME, reach.noneAnswered());
    }
    return CheckResult.ok(NAME, "reachable: " + String.join(", ", reach.answered())
        + (reach.failed().isEmpty() ? "" : "; not reachable: " + String.join(", ", reach.failed())));
  }

  /** Which bootstrap servers accepted a connection, and why the others did not. */
  record Reach(List<String> answered, List<String> failed) {
    /** What to say when none answered. */
    String noneAnswered() {
      return "no bootstrap server could be reached: " + String.join(", ", failed);
    }
  }

  /**
   * A TCP connection to each address, each once; a few at a time, each with the whole timeout: one
   * silent broker must not use up the others' time, and a long list must not start a thread per
   * entry. With {@code firstIsEnough}, it ends at the first server that answers (a client needs only
   * one): the servers not yet heard from are neither waited for nor reported. Both lists are in the
   * document's order.
   */
  static Reach reach(List<BrokerAddress> addresses, Duration timeout, boolean firstIsEnough) {
    List<BrokerAddress> distinct = addresses.stream().distinct().toList();
    ExecutorService pool = Executors.newFixedThreadPool(Math.max(1, Math.min(distinct.size(), MAX_PARALLEL)), r -> {
      Thread t = new Thread(r, "bpctl-kafka-connect");
      t.setDaemon(true);
      return t;
    });
    record Outcome(int index, Optional<String> problem) {}
    ExecutorCompletionService<Outcome> done = new ExecutorCompletionService<>(pool);
    for (int i = 0; i < distinct.size(); i++) {
      int index = i;
      done.submit(() -> new Outcome(index, connect(distinct.get(index), timeout)));
    }
    pool.shutdown();
    Map<Integer, String> answeredAt = new TreeMap<>();
    Map<Integer, String> failedAt = new TreeMap<>();
    try {
      for (int i = 0; i < distinct.size(); i++) {
        Outcome outcome = done.take().get();
        BrokerAddress address = distinct.get(outcome.index());
        if (outcome.problem().isPresent()) {
          failedAt.put(outcome.index(), address + " (" + outcome.problem().get() + ")");
          continue;
        }
        answeredAt.put(outcome.index(), address.toString());
        if (firstIsEnough) {
          pool.shutdownNow();  // the others' attempts are not waited for
          break;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      pool.shutdownNow();
    } catch (java.util.concurrent.ExecutionException e) {
      throw new IllegalStateException(e.getCause());  // connect() turns every fault into a reason
    }
    return new Reach(List.copyOf(answeredAt.values()), List.copyOf(failedAt.values()));
  }

  /** Opens and closes a TCP connection; the reason it failed, or empty when it worked. */
  private static Optional<String> connect(BrokerAddress a, Duration timeout) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress(a.host(), a.port()), (int) Math.min(timeout.toMillis(), Integer.MAX_VALUE));
      return Optional.empty();
    } catch (IOException e) {
      return Optional.of(reason(e, timeout));
    }
  }

  private static String reason(IOException e, Duration timeout) {
    if (e instanceof java.net.UnknownHostException) {
      return "the host name does not resolve in DNS";
    }
    if (e instanceof java.net.SocketTimeoutException) {
      return "no answer within " + seconds(timeout);
    }
    String m = e.getMessage();
    return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
  }

  static String seconds(Duration d) {
    return d.toMillis() % 1000 == 0 ? d.toSeconds() + " s" : d.toMillis() + " ms";
  }
}
