package io.bgpersistence.kafka.client;

import io.bgpersistence.model.SaslMechanism;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;
import org.apache.kafka.common.security.plain.PlainLoginModule;
import org.apache.kafka.common.security.scram.ScramLoginModule;

/**
 * How a client logs in with each SASL mechanism, one row each: the JAAS login module and whether
 * it takes the user name and password. OAUTHBEARER needs a token endpoint the document does not
 * have, so it has no row: asking for it is an error that says so.
 */
final class SaslLogin {
  /** aws-msk-iam-auth's classes; the client needs that library on its class path. */
  static final String MSK_IAM_LOGIN_MODULE = "software.amazon.msk.auth.iam.IAMLoginModule";
  static final String MSK_IAM_CALLBACK_HANDLER = "software.amazon.msk.auth.iam.IAMClientCallbackHandler";

  private record Row(String loginModule, boolean withPassword, Optional<String> callbackHandler) {}

  private static final Map<SaslMechanism, Row> ROWS = new EnumMap<>(Map.of(
      SaslMechanism.PLAIN, new Row(PlainLoginModule.class.getName(), true, Optional.empty()),
      SaslMechanism.SCRAM_SHA_256, new Row(ScramLoginModule.class.getName(), true, Optional.empty()),
      SaslMechanism.SCRAM_SHA_512, new Row(ScramLoginModule.class.getName(), true, Optional.empty()),
      SaslMechanism.AWS_MSK_IAM, new Row(MSK_IAM_LOGIN_MODULE, false, Optional.of(MSK_IAM_CALLBACK_HANDLER))));

  private SaslLogin() {}

  static boolean supported(SaslMechanism mechanism) {
    return ROWS.containsKey(mechanism);
  }

  /** Whether the mechanism's login module is missing from the class path (aws-msk-iam-auth, say). */
  static boolean loginModuleMissing(SaslMechanism mechanism) {
    try {
      Class.forName(row(mechanism).loginModule(), false, SaslLogin.class.getClassLoader());
      return false;
    } catch (ClassNotFoundException e) {
      return true;
    }
  }

  static boolean needsCredential(SaslMechanism mechanism) {
    return mechanism.usesSecret();
  }

  static Optional<String> callbackHandler(SaslMechanism mechanism) {
    return row(mechanism).callbackHandler();
  }

  /** The {@code sasl.jaas.config} value: {@code Module required username="…" password="…";}. */
  static String jaasConfig(SaslMechanism mechanism, Optional<SaslCredential> credential) {
    Row row = row(mechanism);
    StringBuilder jaas = new StringBuilder(row.loginModule()).append(" required");
    if (row.withPassword()) {
      SaslCredential c = credential.orElseThrow(() -> new KafkaSettingsException(
          mechanism.wireName() + " needs a user name and password"));
      jaas.append(" username=\"").append(quoted(c.username()))
          .append("\" password=\"").append(quoted(c.password().reveal())).append('"');
    }
    return jaas.append(';').toString();
  }

  /**
   * Escapes a value for a double-quoted JAAS option: Kafka's parser (a {@code StreamTokenizer})
   * ends a quoted string at a quote or a line break and reads backslash escapes.
   */
  static String quoted(String value) {
    StringBuilder out = new StringBuilder(value.length() + 8);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '\\' -> out.append("\\\\");
        case '"' -> out.append("\\\"");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        default -> out.append(c);
      }
    }
    return out.toString();
  }

  private static Row row(SaslMechanism mechanism) {
    Row row = ROWS.get(mechanism);
    if (row == null) {
      throw new KafkaSettingsException(mechanism.wireName() + " is not supported by these client settings: "
          + "it needs settings (a token endpoint) that the document does not hold");
    }
    return row;
  }
}
