package io.bgpersistence.kafka.client;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import io.bgpersistence.model.WriterTypeRegistry;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.admin.TopicDescription;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each writer's consumer group is behind on the topics it reads: the sum over their
 * partitions of the log-end offset minus the group's committed offset; a partition the group has
 * committed nothing on counts from the log start (the writer would read it all). The group is the
 * writer's {@link KafkaClientSettings#consumerGroup consumer group}.
 *
 * <pre>{@code
 * try (Admin admin = Admin.create(settings.admin("my-dashboard"))) {
 *   for (KafkaLag.WriterLag w : KafkaLag.ofWriters(admin, document, Duration.ofSeconds(10))) { ... }
 * }
 * }</pre>
 */
public final class KafkaLag {
  static final String CLIENT_ID = "bpctl-status";

  private KafkaLag() {}

  /**
   * One writer's lag: its consumer group, the topics it reads, and the lag, or why it is not known
   * (a topic missing, the brokers refusing).
   */
  public record WriterLag(String writer, String group, List<String> topics, OptionalLong lag, Optional<String> problem) {
    /**
     * @param writer the writer's name
     * @param group its consumer group
     * @param topics the topics it reads
     * @param lag the messages it is behind, when known
     * @param problem why the lag is not known
     */
    public WriterLag {
      Objects.requireNonNull(writer, "writer");
      Objects.requireNonNull(group, "group");
      topics = List.copyOf(topics);
      Objects.requireNonNull(lag, "lag");
      Objects.requireNonNull(problem, "problem");
    }
  }

  /**
   * Each writer's lag, with an Admin client of its own made from the settings (every wait bounded
   * by {@code timeout}) and closed at the end.
   *
   * @param settings the document's client settings, with the credential
   * @param document a valid Kafka document
   * @param timeout the bound of every wait
   * @return one per named writer of a known type, in document order
   * @throws KafkaBusException when no bootstrap server accepts a connection, or no client can be made from the settings
   */
  public static List<WriterLag> ofWriters(KafkaClientSettings settings, PersistenceDocument document, Duration timeout) {
    try (Admin admin = KafkaChecks.reachableAdmin(settings, timeout, CLIENT_ID)) {
      return ofWriters(admin, document, timeout);
    }
  }

  /**
   * Each named writer of the document with a known type, in document order.
   *
   * @param admin a client of the document's brokers
   * @param document a valid Kafka document
   * @param timeout the bound of every wait
   * @return one per such writer
   */
  public static List<WriterLag> ofWriters(Admin admin, PersistenceDocument document, Duration timeout) {
    return ofWriters(admin, document, WriterTypeRegistry.builtIn(), timeout);
  }

  /**
   * {@link #ofWriters(Admin, PersistenceDocument, Duration)} with a registry of one's own writer types.
   *
   * @param admin a client of the document's brokers
   * @param document a valid Kafka document
   * @param registry the writer types
   * @param timeout the bound of every wait
   * @return one per named writer of a known type
   */
  public static List<WriterLag> ofWriters(Admin admin, PersistenceDocument document, WriterTypeRegistry registry,
      Duration timeout) {
    List<WriterLag> out = new ArrayList<>();
    Optional<String> down = Optional.empty();  // once the brokers stop answering, one wait, not one per writer
    for (WriterSpec w : document.writers()) {
      Optional<WriterType> type = w.busSubscriberType().flatMap(registry::find);
      if (w.name().isEmpty() || type.isEmpty()) {
        continue;
      }
      String group = KafkaClientSettings.consumerGroup(w);
      List<String> topics = type.get().subscribesTo().flatMap(s -> s.givenIn(document)).stream().toList();
      if (topics.isEmpty()) {
        out.add(new WriterLag(w.name().get(), group, topics, OptionalLong.empty(),
            Optional.of("it reads no topic the document names")));
        continue;
      }
      if (down.isPresent()) {
        out.add(new WriterLag(w.name().get(), group, topics, OptionalLong.empty(), down));
        continue;
      }
      try {
        out.add(new WriterLag(w.name().get(), group, topics, OptionalLong.of(ofGroup(admin, group, topics, timeout)),
            Optional.empty()));
      } catch (KafkaBusException e) {
        out.add(new WriterLag(w.name().get(), group, topics, OptionalLong.empty(), Optional.of(e.getMessage())));
        if (e.getCause() instanceof java.util.concurrent.TimeoutException
            || e.getCause() instanceof org.apache.kafka.common.errors.TimeoutException) {
          down = Optional.of("not asked: the brokers did not answer for an earlier writer");
        }
      }
    }
    return out;
  }

  /**
   * The lag of {@code group} on {@code topics}: the sum over their partitions of log end minus
   * committed offset (log start where the group has committed nothing).
   *
   * @param admin a client of the brokers
   * @param group the consumer group
   * @param topics the topics it reads
   * @param timeout the bound of every wait
   * @return the messages the group is behind
   *
   * @throws KafkaBusException when a topic does not exist or the brokers refuse or do not answer
   */
  public static long ofGroup(Admin admin, String group, Collection<String> topics, Duration timeout) {
    Map<String, TopicDescription> described = await(admin.describeTopics(new LinkedHashSet<>(topics)).allTopicNames(),
        "describe " + String.join(", ", topics), timeout);
    Set<TopicPartition> partitions = new LinkedHashSet<>();
    described.values().forEach(d -> d.partitions().forEach(p -> partitions.add(new TopicPartition(d.name(), p.partition()))));
    if (partitions.isEmpty()) {
      return 0;
    }
    Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>(await(
        admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata(),
        "read the offsets of consumer group " + group, timeout));
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> end = offsets(admin, partitions, OffsetSpec.latest(), timeout);
    Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> start = offsets(admin, partitions, OffsetSpec.earliest(), timeout);
    long lag = 0;
    for (TopicPartition p : partitions) {
      OffsetAndMetadata c = committed.get(p);
      long from = c != null ? c.offset() : start.get(p).offset();
      lag += Math.max(0, end.get(p).offset() - from);
    }
    return lag;
  }

  private static Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> offsets(Admin admin,
      Set<TopicPartition> partitions, OffsetSpec spec, Duration timeout) {
    Map<TopicPartition, OffsetSpec> request = new HashMap<>();
    partitions.forEach(p -> request.put(p, spec));
    return await(admin.listOffsets(request).all(), "read the topics' offsets", timeout);
  }

  private static <T> T await(KafkaFuture<T> future, String what, Duration timeout) {
    return AdminCalls.await(future, what, timeout, Optional.empty());
  }
}
