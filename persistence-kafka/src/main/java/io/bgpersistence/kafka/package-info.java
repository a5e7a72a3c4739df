/**
 * The Kafka backend of bgpersistence: validation rules, the Kafka settings in every writer's
 * environment, kafka-clients {@code Properties} built from a document ({@link
 * io.bgpersistence.kafka.KafkaClientSettings}) and preflight checks against the brokers. Plugged into
 * validation, rendering and preflight through {@link java.util.ServiceLoader}; the core modules do
 * not know Kafka.
 *
 * <p>The extension classes that ServiceLoader instantiates touch no kafka-clients class in their
 * constructors or static initializers, so commands that never talk to a broker do not pay for
 * loading the client.
 */
package io.bgpersistence.kafka;
