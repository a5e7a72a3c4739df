package io.bgpersistence.kafka.client;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.common.KafkaFuture;
import org.apache.kafka.common.errors.UnknownTopicOrPartitionException;

/** Waiting for an Admin answer within a timeout; a refusal becomes a {@link KafkaBusException} in our words. */
final class AdminCalls {
  private AdminCalls() {}

  static <T> T await(KafkaFuture<T> future, String what, Duration timeout, Optional<KafkaClientSettings> settings) {
    try {
      return future.get(timeout.toMillis(), TimeUnit.MILLISECONDS);
    } catch (ExecutionException e) {
      String why = e.getCause() instanceof UnknownTopicOrPartitionException
          ? "a topic does not exist (bpctl provision creates it)"
          : KafkaChecks.failure(e.getCause(), settings);
      throw new KafkaBusException("cannot " + what + ": " + why, e.getCause());
    } catch (TimeoutException e) {
      throw new KafkaBusException("cannot " + what + ": the brokers did not answer within "
          + BrokersCheck.seconds(timeout), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new KafkaBusException("cannot " + what + ": interrupted", e);
    }
  }
}
