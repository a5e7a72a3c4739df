/**
 * Internal: helpers this backend's modules share (its rules here, its client module's preflight).
 * Not API: they may change in any release without notice. Use the backend's rules through
 * validation and its client module's public types instead.
 */
package io.bgpersistence.pubsub.internal;
