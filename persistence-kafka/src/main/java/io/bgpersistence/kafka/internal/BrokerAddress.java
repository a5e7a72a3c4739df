package io.bgpersistence.kafka.internal;

import java.util.Locale;
import java.util.Objects;

/**
 * One {@code host:port} of {@code kafka_bootstrap_servers}; an IPv6 host is kept without brackets.
 *
 * @param host a DNS name or an IP address
 * @param port 1-65535
 */
public record BrokerAddress(String host, int port) {
  /**
   * An address; refuses a port outside 1-65535.
   *
   * @param host a DNS name or an IP address
   * @param port 1-65535
   */
  public BrokerAddress {
    Objects.requireNonNull(host, "host");
    if (port < 1 || port > 65535) {
      throw new IllegalArgumentException("port must be 1-65535: " + port);
    }
  }

  /**
   * Whether the broker is on this machine, judged from the text alone (no DNS): {@code localhost},
   * {@code 127.0.0.0/8} or {@code ::1}. Anything else may be across a network.
   *
   * @return whether the host is a loopback name or address
   */

  public boolean isLoopback() {
    String h = host.toLowerCase(Locale.ROOT);
    return h.equals("localhost") || h.endsWith(".localhost") || h.startsWith("127.")
        || h.equals("::1") || h.equals("0:0:0:0:0:0:0:1");
  }

  /** As Kafka's {@code bootstrap.servers} writes it: {@code host:port}, {@code [v6]:port}. */
  @Override
  public String toString() {
    return (host.indexOf(':') >= 0 ? "[" + host + "]" : host) + ":" + port;
  }
}
