/**
 * The Kafka backend of bgpersistence: validation rules and the Kafka settings in every writer's
 * environment. Plugged into validation and rendering through {@link java.util.ServiceLoader}; the
 * core modules do not know Kafka. This module does not need kafka-clients: client
 * {@code Properties} and {@code bpctl preflight} against the brokers are in
 * {@code persistence-kafka-client} ({@code io.bgpersistence.kafka.client}).
 */
package io.bgpersistence.kafka;
