package io.bgpersistence.kafka;

import io.bgpersistence.kafka.internal.BrokerAddress;
import io.bgpersistence.kafka.internal.BootstrapServers;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class BootstrapServersTest {
  private static final int EXAMPLES = Integer.getInteger("qt.examples", 1000);

  private static Gen<String> label() {
    String inner = "abcxyz0189-";
    return lists().of(integers().between(0, inner.length() - 1)).ofSizeBetween(0, 8).zip(
        integers().between(0, 9), (middle, edge) -> {
          StringBuilder b = new StringBuilder().append((char) ('a' + edge));
          middle.forEach(i -> b.append(inner.charAt(i)));
          return b.append((char) ('0' + edge)).toString();
        });
  }

  private static Gen<BrokerAddress> addresses() {
    Gen<String> hosts = lists().of(label()).ofSizeBetween(1, 4).map(l -> String.join(".", l))
        .mix(integers().between(0, 255).map(i -> "10.0." + i + "." + (255 - i)), 20)
        .mix(integers().between(0, 0xffff).map(i -> "2001:db8::" + Integer.toHexString(i)), 10);
    return hosts.zip(integers().between(1, 65535), BrokerAddress::new);
  }

  @Test
  void anyValidListWithSpacesAfterCommasReadsBackToItsAddresses() {
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(addresses()).ofSizeBetween(1, 5), lists().of(integers().between(0, 3)).ofSize(5))
        .checkAssert((addresses, spaces) -> {
          StringBuilder text = new StringBuilder();
          for (int i = 0; i < addresses.size(); i++) {
            if (i > 0) {
              text.append(',').append(" ".repeat(spaces.get(i)));
            }
            text.append(addresses.get(i));
          }
          List<BootstrapServers.Entry> entries = BootstrapServers.parse(text.toString());
          assertTrue(entries.stream().allMatch(e -> e.problems().isEmpty()), text + " -> " + entries);
          assertEquals(addresses, BootstrapServers.addresses(text.toString()), text.toString());
        });
  }

  @Test
  void aBadEntryIsNamedAndTheOthersStillRead() {
    List<BootstrapServers.Entry> entries = BootstrapServers.parse("a.example.com:9092, b.example.com:70000,c:1");
    List<String> problems = new ArrayList<>();
    entries.forEach(e -> problems.addAll(e.messages()));
    assertEquals(List.of("entry 2 (\"b.example.com:70000\") port \"70000\" must be a number from 1 to 65535"),
        problems);
    assertEquals(List.of(new BrokerAddress("a.example.com", 9092), new BrokerAddress("c", 1)),
        BootstrapServers.addresses("a.example.com:9092, b.example.com:70000,c:1"));
  }

  @Test
  void loopbackIsJudgedFromTheTextAlone() {
    assertTrue(new BrokerAddress("localhost", 9092).isLoopback());
    assertTrue(new BrokerAddress("127.0.0.1", 9092).isLoopback());
    assertTrue(new BrokerAddress("::1", 9092).isLoopback());
    assertFalse(new BrokerAddress("10.0.0.1", 9092).isLoopback());
    assertFalse(new BrokerAddress("localhost.example.com", 9092).isLoopback());
    assertEquals("[::1]:9092", new BrokerAddress("::1", 9092).toString());
  }

  @Test
  void anyTextReadsIntoEntriesThatAreEitherAnAddressOrAProblem() {
    String chars = "[]:,. 09az_-f";
    qt().withExamples(EXAMPLES)
        .forAll(lists().of(integers().between(0, chars.length() - 1)).ofSizeBetween(0, 40))
        .checkAssert(picks -> {
          StringBuilder text = new StringBuilder();
          picks.forEach(i -> text.append(chars.charAt(i)));
          for (BootstrapServers.Entry e : BootstrapServers.parse(text.toString())) {
            assertTrue(e.address().isPresent() != !e.problems().isEmpty(), text + " -> " + e);
          }
        });
  }
}
