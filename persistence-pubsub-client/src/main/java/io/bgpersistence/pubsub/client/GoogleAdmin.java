package io.bgpersistence.pubsub.client;

import com.google.api.gax.core.NoCredentialsProvider;
import com.google.api.gax.grpc.GrpcTransportChannel;
import com.google.api.gax.retrying.RetrySettings;
import com.google.api.gax.rpc.ApiException;
import com.google.api.gax.rpc.FixedTransportChannelProvider;
import com.google.api.gax.rpc.StatusCode;
import com.google.api.gax.rpc.TransportChannelProvider;
import com.google.api.gax.rpc.UnaryCallSettings;
import com.google.cloud.pubsub.v1.SubscriptionAdminClient;
import com.google.cloud.pubsub.v1.SubscriptionAdminSettings;
import com.google.cloud.pubsub.v1.TopicAdminClient;
import com.google.cloud.pubsub.v1.TopicAdminSettings;
import com.google.pubsub.v1.DeadLetterPolicy;
import com.google.pubsub.v1.ProjectSubscriptionName;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.TopicName;
import io.grpc.ManagedChannel;
import io.grpc.ManagedChannelBuilder;
import io.grpc.Status;
import java.io.IOException;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * {@link PubSubAdmin} with Google's own admin clients. Against a local endpoint (an emulator, or a
 * test's stand-in) it speaks plaintext without credentials, as Google's emulator expects;
 * otherwise it uses Google's default credentials and endpoint. Every call gives up after the
 * preflight timeout.
 */
final class GoogleAdmin implements PubSubAdmin {
  private static final Set<StatusCode.Code> UNREACHABLE =
      Set.of(StatusCode.Code.UNAVAILABLE, StatusCode.Code.DEADLINE_EXCEEDED);

  private final TopicAdminClient topics;
  private final SubscriptionAdminClient subscriptions;
  private final Optional<ManagedChannel> channel;
  private final String description;

  private GoogleAdmin(TopicAdminClient topics, SubscriptionAdminClient subscriptions,
      Optional<ManagedChannel> channel, String description) {
    this.topics = topics;
    this.subscriptions = subscriptions;
    this.channel = channel;
    this.description = description;
  }

  /**
   * Opens the clients. {@code localEndpoint} is HOST:PORT of an emulator; empty for Google's
   * service with the default credentials, whose absence is an {@link IOException}.
   */
  static PubSubAdmin open(Optional<String> localEndpoint, Duration timeout) throws IOException {
    TopicAdminSettings.Builder topicSettings = TopicAdminSettings.newBuilder();
    SubscriptionAdminSettings.Builder subscriptionSettings = SubscriptionAdminSettings.newBuilder();
    Optional<ManagedChannel> channel = localEndpoint.map(e -> ManagedChannelBuilder.forTarget(e).usePlaintext().build());
    if (channel.isPresent()) {
      TransportChannelProvider provider = FixedTransportChannelProvider.create(GrpcTransportChannel.create(channel.get()));
      topicSettings.setTransportChannelProvider(provider).setCredentialsProvider(NoCredentialsProvider.create());
      subscriptionSettings.setTransportChannelProvider(provider).setCredentialsProvider(NoCredentialsProvider.create());
    }
    limit(topicSettings.getTopicSettings(), timeout);
    limit(subscriptionSettings.getSubscriptionSettings(), timeout);
    String description = localEndpoint.map(e -> "Pub/Sub at " + e).orElse("Google Cloud Pub/Sub");
    TopicAdminClient topics = null;
    try {
      topics = TopicAdminClient.create(topicSettings.build());
      SubscriptionAdminClient subscriptions = SubscriptionAdminClient.create(subscriptionSettings.build());
      return new GoogleAdmin(topics, subscriptions, channel, description);
    } catch (IOException | RuntimeException e) {
      if (topics != null) {
        topics.close();
      }
      channel.ifPresent(ManagedChannel::shutdownNow);
      throw e;
    }
  }

  /** Retries (Google's default for these reads) stop at the preflight timeout, whatever happens. */
  private static void limit(UnaryCallSettings.Builder<?, ?> call, Duration timeout) {
    RetrySettings retry = call.getRetrySettings().toBuilder()
        .setTotalTimeoutDuration(timeout)
        .setInitialRpcTimeoutDuration(timeout)
        .setMaxRpcTimeoutDuration(timeout)
        .build();
    call.setRetrySettings(retry);
  }

  @Override
  public Lookup topic(String fullName) {
    try {
      topics.getTopic(TopicName.parse(fullName));
      return Lookup.found(Optional.empty());
    } catch (ApiException e) {
      return refused(e);
    }
  }

  @Override
  public Lookup subscription(String fullName) {
    try {
      Subscription s = subscriptions.getSubscription(ProjectSubscriptionName.parse(fullName));
      return Lookup.found(Optional.of(s.getTopic()));
    } catch (ApiException e) {
      return refused(e);
    }
  }

  @Override
  public Lookup createTopic(String fullName) {
    try {
      topics.createTopic(TopicName.parse(fullName));
      return Lookup.found(Optional.empty());
    } catch (ApiException e) {
      return refused(e);
    }
  }

  @Override
  public Lookup createSubscription(String fullName, String topic, SubscriptionOptions options) {
    Subscription.Builder s = Subscription.newBuilder().setName(fullName).setTopic(topic);
    options.ackDeadlineSeconds().ifPresent(s::setAckDeadlineSeconds);
    options.messageRetention().ifPresent(r -> s.setMessageRetentionDuration(
        com.google.protobuf.Duration.newBuilder().setSeconds(r.getSeconds()).build()));
    options.deadLetterTopic().ifPresent(d -> s.setDeadLetterPolicy(DeadLetterPolicy.newBuilder()
        .setDeadLetterTopic(d).setMaxDeliveryAttempts(options.maxDeliveryAttempts()).build()));
    try {
      Subscription created = subscriptions.createSubscription(s.build());
      return Lookup.found(Optional.of(created.getTopic()));
    } catch (ApiException e) {
      return refused(e);
    }
  }

  private Lookup refused(ApiException e) {
    StatusCode.Code code = e.getStatusCode().getCode();
    if (code == StatusCode.Code.NOT_FOUND) {
      return Lookup.failed(Outcome.NOT_FOUND, "not found");
    }
    if (code == StatusCode.Code.ALREADY_EXISTS) {
      return Lookup.failed(Outcome.ALREADY_EXISTS, "already exists");
    }
    if (UNREACHABLE.contains(code)) {
      return Lookup.failed(Outcome.UNREACHABLE, description + " did not answer (" + code + why(e) + ")");
    }
    String hint = code == StatusCode.Code.PERMISSION_DENIED
        ? "; the credentials preflight runs with need roles/pubsub.viewer (or better)" : "";
    return Lookup.failed(Outcome.FAILED, description + " refused (" + code + why(e) + ")" + hint);
  }

  /** gRPC's own description of the failure, without exception class names. */
  private static String why(ApiException e) {
    return Optional.ofNullable(Status.fromThrowable(e).getDescription()).map(d -> ": " + d).orElse("");
  }

  @Override
  public String describe() {
    return description;
  }

  @Override
  public void close() {
    topics.close();
    subscriptions.close();
    channel.ifPresent(c -> {
      c.shutdownNow();
      try {
        c.awaitTermination(5, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });
  }
}
