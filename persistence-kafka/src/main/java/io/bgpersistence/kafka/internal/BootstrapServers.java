package io.bgpersistence.kafka.internal;

import io.bgpersistence.model.Secrets;
import io.bgpersistence.validation.Checks;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads {@code kafka_bootstrap_servers}: a comma-separated list of {@code host:port}, spaces allowed
 * after the commas (DOMAIN.md). Each host is a DNS name or an IP address ({@code [v6]} in
 * brackets), each port 1-65535. Path-agnostic like the core's {@link Checks}: each entry carries
 * the messages describing what is wrong with it, and the rule places them.
 */
public final class BootstrapServers {
  /**
   * One entry of the list, 1-based as a person counts, with its address when it is valid.
   *
   * @param number the entry's number, from 1
   * @param text the entry as written
   * @param address its address, when it is valid
   * @param problems what is wrong with it, none when it is valid
   */
  public record Entry(int number, String text, Optional<BrokerAddress> address, List<String> problems) {
    /**
     * An entry; its problems are copied.
     *
     * @param number the entry's number, from 1
     * @param text the entry as written
     * @param address its address, when it is valid
     * @param problems what is wrong with it, none when it is valid
     */
    public Entry {
      problems = List.copyOf(problems);
    }

    /** {@return each problem, saying which entry it is about: {@code entry 2 ("b-2:0") port ...}} */
    public List<String> messages() {
      return problems.stream().map(p -> "entry " + number + " (\"" + text + "\") " + p).toList();
    }
  }

  /**
   * Whether the list holds a credential ({@code user:password@host}): then no message may quote it.
   *
   * @param value the {@code kafka_bootstrap_servers} value as written
   * @return whether an entry holds a user name or password
   */
  public static boolean holdsCredential(String value) {
    return value.indexOf('@') >= 0;
  }

  /** More brokers than this is not a bootstrap list but a mistake (or an attack on preflight). */
  public static final int MAX_ENTRIES = 100;

  private static final Pattern BRACKETED = Pattern.compile("\\[([^\\]]*)\\]:(.*)");
  private static final Pattern IPV4_SHAPE = Pattern.compile("[0-9]+(\\.[0-9]+){3}");
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:.]+");
  private static final Pattern DIGITS = Pattern.compile("[0-9]{1,5}");

  private BootstrapServers() {}

  /**
   * How many entries the list has, without reading them.
   *
   * @param value the {@code kafka_bootstrap_servers} value as written; an empty one counts as one entry
   * @return how many entries the list has, without reading them
   */
  public static int count(String value) {
    int n = 1;
    for (int i = 0; i < value.length(); i++) {
      if (value.charAt(i) == ',') {
        n++;
      }
    }
    return n;
  }

  /**
   * Each entry that repeats an earlier one (the same host, in any case, and port), with the number
   * of the entry it repeats: the client would connect to it twice, and a long list of one address
   * is a typo or an attack.
   *
   * @param entries the entries as {@link #parse} gives them; those without a valid address are skipped
   * @return each entry that repeats an earlier one (the same host, in any case, and port), with the number of the entry it repeats: the client would connect to it twice, and a long list of one address is a typo or an attack
   */
  public static List<Map.Entry<Entry, Integer>> repeats(List<Entry> entries) {
    Map<String, Integer> first = new HashMap<>();
    List<Map.Entry<Entry, Integer>> out = new ArrayList<>();
    for (Entry e : entries) {
      e.address().ifPresent(a -> {
        Integer earlier = first.putIfAbsent(a.toString().toLowerCase(Locale.ROOT), e.number());
        if (earlier != null) {
          out.add(Map.entry(e, earlier));
        }
      });
    }
    return out;
  }

  /**
   * Every entry of the list, in order, each with its problems (none when it is valid).
   *
   * @param value the {@code kafka_bootstrap_servers} value as written; spaces after commas are allowed
   * @return every entry of the list, in order, each with its problems (none when it is valid)
   */
  public static List<Entry> parse(String value) {
    List<Entry> out = new ArrayList<>();
    String[] parts = value.split(",", -1);
    for (int i = 0; i < parts.length; i++) {
      out.add(entry(i + 1, parts[i].stripLeading()));
    }
    return List.copyOf(out);
  }

  /**
   * The valid addresses of the list, in order.
   *
   * @param value the {@code kafka_bootstrap_servers} value as written
   * @return the valid addresses of the list, in order
   */
  public static List<BrokerAddress> addresses(String value) {
    return parse(value).stream().flatMap(e -> e.address().stream()).toList();
  }

  private static Entry entry(int number, String text) {
    if (text.isEmpty()) {
      return invalid(number, text, "is empty (a comma too many?)");
    }
    if (text.indexOf('@') >= 0) {
      // user:password@host: the entry is not quoted, it may hold a password.
      return invalid(number, Secrets.MASK, "holds a user name or password (user:password@host): a bootstrap "
          + "server is host:port, and the credential belongs in kafka_sasl_secret");
    }
    int scheme = text.indexOf("://");
    if (scheme >= 0) {
      return invalid(number, text, "starts with a scheme (" + text.substring(0, scheme + 3)
          + "): write host:port only; the protocol is kafka_security_protocol");
    }
    String host;
    String port;
    Matcher bracketed = BRACKETED.matcher(text);
    if (bracketed.matches()) {
      host = bracketed.group(1);
      port = bracketed.group(2);
      if (!isIpv6(host)) {
        return invalid(number, text, "[" + host + "] is not an IPv6 address");
      }
    } else {
      int colon = text.lastIndexOf(':');
      if (colon < 0) {
        return invalid(number, text, "has no port: write it as host:port (e.g. b-1.kafka.example.com:9096)");
      }
      host = text.substring(0, colon);
      port = text.substring(colon + 1);
      if (host.indexOf(':') >= 0) {
        return invalid(number, text, "an IPv6 address must be in brackets: [2001:db8::1]:9092");
      }
      List<String> hostProblems = hostProblems(host);
      if (!hostProblems.isEmpty()) {
        return invalid(number, text, hostProblems.get(0));
      }
    }
    if (!DIGITS.matcher(port).matches() || Integer.parseInt(port) < 1 || Integer.parseInt(port) > 65535) {
      return invalid(number, text, "port \"" + port + "\" must be a number from 1 to 65535");
    }
    return new Entry(number, text, Optional.of(new BrokerAddress(host, Integer.parseInt(port))), List.of());
  }

  private static List<String> hostProblems(String host) {
    if (host.isEmpty()) {
      return List.of("has no host before the port");
    }
    if (IPV4_SHAPE.matcher(host).matches()) {
      for (String octet : host.split("\\.")) {
        if (octet.length() > 3 || Integer.parseInt(octet) > 255) {
          return List.of("host " + host + " is not an IPv4 address: each number must be 0-255");
        }
      }
      return List.of();
    }
    // Host names are case-insensitive; the DNS-1123 check is for the lower-case form.
    List<String> dns = Checks.dns1123Subdomain(host.toLowerCase(Locale.ROOT));
    return dns.isEmpty() ? dns : List.of("host \"" + host + "\" is not a valid host name: " + dns.get(0));
  }

  private static boolean isIpv6(String host) {
    if (!IPV6.matcher(host).matches() || host.indexOf(':') < 0) {
      return false;
    }
    try {
      // A literal (only hex digits, ':' and '.') is parsed, never looked up.
      return java.net.InetAddress.getByName("[" + host + "]") instanceof java.net.Inet6Address;
    } catch (java.net.UnknownHostException e) {
      return false;
    }
  }

  private static Entry invalid(int number, String text, String problem) {
    return new Entry(number, text, Optional.empty(), List.of(problem));
  }
}
