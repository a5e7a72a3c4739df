/**
 * What needs Google's Pub/Sub client: {@link io.bgpersistence.pubsub.client.PubSubPreflight} checks
 * that each topic and subscription exists and that each subscription reads the expected topic, for
 * {@code bpctl preflight}. Google's client is loaded only when a check runs.
 */
package io.bgpersistence.pubsub.client;
