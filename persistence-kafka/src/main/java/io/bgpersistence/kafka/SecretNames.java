package io.bgpersistence.kafka;

import io.bgpersistence.model.SecretClient;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The names each secret client can hold, one row per client: {@code kafka_sasl_secret} must be a
 * name (or full resource name) that {@code secret_client}'s secret manager accepts. Messages never
 * quote the value: people paste the credential itself into that field.
 */
final class SecretNames {
  private record Row(String manager, Pattern name, String example) {}

  private static final Map<SecretClient, Row> ROWS = new EnumMap<>(Map.of(
      SecretClient.AWS, new Row("AWS Secrets Manager",
          // A name (1-512 of these characters) or the secret's ARN.
          Pattern.compile("[A-Za-z0-9/_+=.@-]{1,512}"
              + "|arn:aws[a-z-]*:secretsmanager:[a-z0-9-]+:[0-9]{12}:secret:[A-Za-z0-9/_+=.@-]{1,512}"),
          "AmazonMSK_writers or arn:aws:secretsmanager:us-east-1:123456789012:secret:AmazonMSK_writers-AbCdEf"),
      SecretClient.GCP, new Row("Google Secret Manager",
          // A secret id (1-255 of these characters) or its resource name, optionally with a version.
          Pattern.compile("[A-Za-z0-9_-]{1,255}"
              + "|projects/[A-Za-z0-9._:-]+/secrets/[A-Za-z0-9_-]{1,255}(/versions/[A-Za-z0-9_-]+)?"),
          "kafka-writers or projects/my-project/secrets/kafka-writers")));

  private SecretNames() {}

  /**
   * What is wrong with the name as a secret of this client; empty when the client can hold it.
   *
   * @param client the secret manager ({@code secret_client})
   * @param name the value of {@code kafka_sasl_secret}
   * @return the problems
   */

  public static List<String> problems(SecretClient client, String name) {
    Row row = ROWS.get(client);
    if (row.name().matcher(name).matches()) {
      return List.of();
    }
    if (looksLikeCredential(name)) {
      return List.of("looks like the credential itself: put the credential in " + row.manager()
          + " and the secret's name here (e.g. " + row.example() + ")");
    }
    return List.of("is not a secret name " + row.manager() + " can hold (secret_client "
        + client.wireName() + "); e.g. " + row.example());
  }

  private static boolean looksLikeCredential(String value) {
    String v = value.strip();
    return v.startsWith("{") || v.contains("password") || v.contains("username");
  }
}
