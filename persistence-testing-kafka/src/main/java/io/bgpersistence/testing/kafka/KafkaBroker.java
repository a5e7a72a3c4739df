package io.bgpersistence.testing.kafka;

import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.apache.kafka.clients.CommonClientConfigs;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.Uuid;

/**
 * A real Apache Kafka broker for integration tests (ours and yours): KRaft, one node that is broker and
 * controller, on 127.0.0.1 at free ports, in a JVM of its own started from the test class path (so
 * its threads and logging stay out of the tests). Listeners: {@code SASL_PLAINTEXT} with
 * SCRAM-SHA-512 for the clients under test, and a PLAINTEXT one for the test's own set-up (topics,
 * users). The SCRAM user is created when the storage is formatted. Storage is a temp directory,
 * removed by {@link #close()}.
 */
public final class KafkaBroker implements AutoCloseable {
  /** The SCRAM-SHA-512 user the broker knows. */
  public static final String USER = "bgp-writer";
  /** That user's password (a test fixture's, known to every test). */
  public static final String PASSWORD = "s3cret-Pa55word";

  private final Path dir;
  private final Process process;
  private final int saslPort;
  private final int plainPort;

  private KafkaBroker(Path dir, Process process, int saslPort, int plainPort) {
    this.dir = dir;
    this.process = process;
    this.saslPort = saslPort;
    this.plainPort = plainPort;
  }

  /**
   * Formats the storage (with the SCRAM user) and starts the broker; returns once it answers. A
   * second try on new ports if the first fails: a free port can be taken between our probe and the
   * broker binding it.
   *
   * @return the running broker; close it to stop it and remove its storage
   * @throws Exception when the broker does not start or answer in time
   */
  public static KafkaBroker start() throws Exception {
    try {
      return startOnce();
    } catch (IllegalStateException first) {
      try {
        return startOnce();
      } catch (IllegalStateException second) {
        second.addSuppressed(first);
        throw second;
      }
    }
  }

  private static KafkaBroker startOnce() throws Exception {
    Path dir = Files.createTempDirectory("bgp-kafka-test");
    int[] ports = freePorts(3);
    int sasl = ports[0];
    int controller = ports[1];
    int plain = ports[2];
    Properties config = new Properties();
    config.put("process.roles", "broker,controller");
    config.put("node.id", "1");
    config.put("controller.quorum.voters", "1@127.0.0.1:" + controller);
    config.put("listeners", "SASL_PLAINTEXT://127.0.0.1:" + sasl + ",CONTROLLER://127.0.0.1:" + controller
        + ",INTERNAL://127.0.0.1:" + plain);
    config.put("advertised.listeners", "SASL_PLAINTEXT://127.0.0.1:" + sasl + ",INTERNAL://127.0.0.1:" + plain);
    config.put("listener.security.protocol.map", "SASL_PLAINTEXT:SASL_PLAINTEXT,CONTROLLER:PLAINTEXT,INTERNAL:PLAINTEXT");
    config.put("controller.listener.names", "CONTROLLER");
    config.put("inter.broker.listener.name", "INTERNAL");
    config.put("sasl.enabled.mechanisms", "SCRAM-SHA-512");
    config.put("listener.name.sasl_plaintext.scram-sha-512.sasl.jaas.config",
        "org.apache.kafka.common.security.scram.ScramLoginModule required;");
    config.put("log.dirs", dir.resolve("data").toString());
    config.put("offsets.topic.replication.factor", "1");
    config.put("transaction.state.log.replication.factor", "1");
    config.put("transaction.state.log.min.isr", "1");
    config.put("group.initial.rebalance.delay.ms", "0");
    config.put("num.partitions", "1");
    config.put("auto.create.topics.enable", "false");
    Path file = dir.resolve("server.properties");
    try (var out = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
      config.store(out, "bgpersistence test broker");
    }
    Path log = dir.resolve("broker.log");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    List<String> command = new ArrayList<>(List.of(java, "-Xmx512m", "-XX:TieredStopAtLevel=1",
        "-XX:+UseSerialGC", "-Djava.awt.headless=true",
        "-cp", System.getProperty("java.class.path"), BrokerMain.class.getName(), file.toString(),
        "SCRAM-SHA-512=[name=" + USER + ",password=" + PASSWORD + "]"));
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    KafkaBroker broker = new KafkaBroker(dir, process, sasl, plain);
    Runtime.getRuntime().addShutdownHook(new Thread(process::destroyForcibly));
    try {
      broker.awaitReady(Duration.ofSeconds(90));
    } catch (Exception e) {
      String tail = Files.exists(log) ? Files.readString(log) : "";
      broker.close();
      throw new IllegalStateException("the test broker did not start: " + e + "\n"
          + tail.substring(Math.max(0, tail.length() - 4000)), e);
    }
    return broker;
  }

  /**
   * The address of the SASL_PLAINTEXT listener, for the code under test.
   *
   * @return {@code 127.0.0.1:port}
   */
  public String saslBootstrap() {
    return "127.0.0.1:" + saslPort;
  }

  /**
   * An Admin client on the PLAINTEXT listener, for the tests' own set-up.
   *
   * @return a new client; the caller closes it
   */
  public Admin setupAdmin() {
    Properties p = new Properties();
    p.put(CommonClientConfigs.BOOTSTRAP_SERVERS_CONFIG, "127.0.0.1:" + plainPort);
    p.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, "20000");
    p.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, "10000");
    return Admin.create(p);
  }

  /**
   * Creates topics of one partition each, and waits until they exist.
   *
   * @param names the topics' names
   * @throws Exception when the broker refuses or does not answer in time
   */
  public void createTopics(String... names) throws Exception {
    try (Admin admin = setupAdmin()) {
      List<NewTopic> topics = Stream.of(names).map(n -> new NewTopic(n, 1, (short) 1)).toList();
      admin.createTopics(topics).all().get(30, TimeUnit.SECONDS);
    }
  }

  private void awaitReady(Duration limit) throws Exception {
    long deadline = System.nanoTime() + limit.toNanos();
    Exception last = null;
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the broker process exited with " + process.exitValue());
      }
      try (Admin admin = setupAdmin()) {
        admin.describeCluster().nodes().get(5, TimeUnit.SECONDS);
        return;
      } catch (Exception e) {
        last = e;
        Thread.sleep(200);
      }
    }
    throw new IllegalStateException("no answer within " + limit, last);
  }

  /** Stops the broker (SIGTERM, then kill after 20 s) and removes its storage. */
  @Override
  public void close() throws IOException {
    process.destroy();
    try {
      if (!process.waitFor(20, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
      }
    } catch (InterruptedException e) {
      process.destroyForcibly();
      Thread.currentThread().interrupt();
    }
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static int[] freePorts(int n) throws IOException {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[n];
      for (int i = 0; i < n; i++) {
        ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress());
        sockets.add(s);
        ports[i] = s.getLocalPort();
      }
      return ports;
    } finally {
      for (ServerSocket s : sockets) {
        s.close();
      }
    }
  }

  /** The broker JVM's entry point: format the storage with the SCRAM user, then run Kafka. */
  public static final class BrokerMain {
    /**
     * Formats the storage, then runs the broker until the process is stopped.
     *
     * @param args the broker's properties file, then the SCRAM user ({@code --add-scram} form)
     * @throws Exception when the storage cannot be formatted or the broker fails
     */
    public static void main(String[] args) throws Exception {

      String[] format = {"format", "-t", Uuid.randomUuid().toString(), "-c", args[0], "--add-scram", args[1]};
      int rc = kafka.tools.StorageTool.execute(format, new PrintStream(System.out, true, StandardCharsets.UTF_8));
      if (rc != 0) {
        System.exit(rc);
      }
      kafka.Kafka.main(new String[] {args[0]});
    }
  }
}
