package io.bgpersistence.kafka;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.bgpersistence.model.KafkaSecurityProtocol;
import io.bgpersistence.model.SaslMechanism;
import io.bgpersistence.model.WireValue;
import java.util.Set;
import java.util.TreeSet;
import org.apache.kafka.common.security.auth.SecurityProtocol;
import org.apache.kafka.common.security.scram.internals.ScramMechanism;
import org.junit.jupiter.api.Test;

class SecurityMatrixTest {
  @Test
  void theModelsProtocolsAreKafkasProtocols() {
    assertEquals(new TreeSet<>(SecurityProtocol.names()),
        new TreeSet<>(WireValue.wireNames(KafkaSecurityProtocol.class)));
    for (KafkaSecurityProtocol p : KafkaSecurityProtocol.values()) {
      assertEquals(p.usesSasl(), SecurityProtocol.forName(p.wireName()).name().startsWith("SASL"), p.name());
    }
  }

  @Test
  void theModelsScramMechanismsAreKafkas() {
    Set<String> scram = new TreeSet<>(ScramMechanism.mechanismNames());
    assertTrue(WireValue.wireNames(SaslMechanism.class).containsAll(scram), scram.toString());
  }

  @Test
  void everySaslPairIsSensibleExceptIamWithoutTls() {
    for (KafkaSecurityProtocol p : KafkaSecurityProtocol.values()) {
      for (SaslMechanism m : SaslMechanism.values()) {
        boolean expectedWrong = !p.usesSasl() || (m == SaslMechanism.AWS_MSK_IAM && !p.isEncrypted());
        assertEquals(expectedWrong, SecurityMatrix.problem(p, m).isPresent(), p + " x " + m);
      }
    }
  }
}
