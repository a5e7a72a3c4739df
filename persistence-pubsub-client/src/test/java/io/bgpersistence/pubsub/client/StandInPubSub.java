package io.bgpersistence.pubsub.client;

import com.google.pubsub.v1.GetSubscriptionRequest;
import com.google.pubsub.v1.GetTopicRequest;
import com.google.pubsub.v1.PublisherGrpc;
import com.google.pubsub.v1.SubscriberGrpc;
import com.google.pubsub.v1.Subscription;
import com.google.pubsub.v1.Topic;
import io.grpc.Server;
import io.grpc.Status;
import io.grpc.netty.shaded.io.grpc.netty.NettyServerBuilder;
import io.grpc.stub.StreamObserver;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;

/**
 * A STAND-IN FOR GOOGLE'S PUB/SUB SERVICE, not the real thing: Google's emulator cannot be installed
 * here. A gRPC server on 127.0.0.1 implementing the admin calls preflight, provisioning and status
 * make, with Google's own generated service bases and messages: {@code Publisher.GetTopic} and
 * {@code Subscriber.GetSubscription} (which returns the topic the subscription is attached to),
 * NOT_FOUND for what does not exist, as the service answers; {@code Publisher.CreateTopic} and
 * {@code Subscriber.CreateSubscription}, ALREADY_EXISTS for what exists and NOT_FOUND for a
 * subscription of a missing topic, as the service answers. The code under test talks to it with
 * Google's real client, exactly as it would to the emulator.
 */
final class StandInPubSub implements AutoCloseable {
  private final Map<String, Topic> topics = new ConcurrentHashMap<>();
  private final Map<String, Subscription> subscriptions = new ConcurrentHashMap<>();
  /** Names the caller may not view, answered PERMISSION_DENIED as Google's IAM would. */
  private final java.util.Set<String> denied = ConcurrentHashMap.newKeySet();
  /** Every resource name asked for, in order. */
  final List<String> asked = new CopyOnWriteArrayList<>();
  private final Server server;

  StandInPubSub() {
    server = NettyServerBuilder.forAddress(new InetSocketAddress("127.0.0.1", 0))
        .addService(new Publisher())
        .addService(new Subscriber())
        .build();
    try {
      server.start();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** HOST:PORT, as {@code --pubsub-endpoint} takes it. */
  String endpoint() {
    return "127.0.0.1:" + server.getPort();
  }

  StandInPubSub topic(String fullName) {
    topics.put(fullName, Topic.newBuilder().setName(fullName).build());
    return this;
  }

  StandInPubSub subscription(String fullName, String topic) {
    subscriptions.put(fullName, Subscription.newBuilder().setName(fullName).setTopic(topic).build());
    return this;
  }

  StandInPubSub deny(String fullName) {
    denied.add(fullName);
    return this;
  }

  @Override
  public void close() throws InterruptedException {
    server.shutdownNow();
    server.awaitTermination(5, TimeUnit.SECONDS);
  }

  /** A subscription as it was created or registered, with its options; empty when unknown. */
  java.util.Optional<Subscription> subscriptionNamed(String fullName) {
    return java.util.Optional.ofNullable(subscriptions.get(fullName));
  }

  java.util.Set<String> topicNames() {
    return new java.util.TreeSet<>(topics.keySet());
  }

  java.util.Set<String> subscriptionNames() {
    return new java.util.TreeSet<>(subscriptions.keySet());
  }

  private final class Publisher extends PublisherGrpc.PublisherImplBase {
    @Override
    public void getTopic(GetTopicRequest request, StreamObserver<Topic> response) {
      answer(request.getTopic(), topics, "Topic", response);
    }

    @Override
    public void createTopic(Topic request, StreamObserver<Topic> response) {
      create(request.getName(), request, topics, response);
    }
  }

  private final class Subscriber extends SubscriberGrpc.SubscriberImplBase {
    @Override
    public void getSubscription(GetSubscriptionRequest request, StreamObserver<Subscription> response) {
      answer(request.getSubscription(), subscriptions, "Subscription", response);
    }

    @Override
    public void createSubscription(Subscription request, StreamObserver<Subscription> response) {
      if (!topics.containsKey(request.getTopic())) {
        asked.add(request.getName());
        response.onError(Status.NOT_FOUND.withDescription("Topic not found").asRuntimeException());
        return;
      }
      create(request.getName(), request, subscriptions, response);
    }
  }

  private <T> void create(String name, T resource, Map<String, T> known, StreamObserver<T> response) {
    asked.add(name);
    if (known.putIfAbsent(name, resource) != null) {
      response.onError(Status.ALREADY_EXISTS.withDescription("Resource already exists in the project")
          .asRuntimeException());
      return;
    }
    response.onNext(resource);
    response.onCompleted();
  }

  private <T> void answer(String name, Map<String, T> known, String kind, StreamObserver<T> response) {
    asked.add(name);
    if (denied.contains(name)) {
      response.onError(Status.PERMISSION_DENIED.withDescription("User not authorized to perform this action.")
          .asRuntimeException());
      return;
    }
    T found = known.get(name);
    if (found == null) {
      response.onError(Status.NOT_FOUND.withDescription(kind + " not found").asRuntimeException());
      return;
    }
    response.onNext(found);
    response.onCompleted();
  }
}
