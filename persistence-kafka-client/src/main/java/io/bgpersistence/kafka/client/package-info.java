/**
 * What needs kafka-clients: {@link io.bgpersistence.kafka.client.KafkaClientSettings} turns a document
 * into client {@code Properties} (with the SASL login from the credential), and
 * {@link io.bgpersistence.kafka.client.KafkaPreflight} checks the brokers, the login and the topics
 * for {@code bpctl preflight}.
 *
 * <p>The preflight extension that ServiceLoader instantiates touches no kafka-clients class in its
 * constructor or static initializer, so commands that never talk to a broker do not load the client.
 */
package io.bgpersistence.kafka.client;
