package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.SecretClient;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WireValue;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bq_upload_bucket} (or its deprecated spelling) is {@code scheme://bucket[/prefix]}: the scheme of the cloud
 * ({@code s3://} with AWS, {@code gs://} with GCP, the cloud being {@code secret_client}) and a
 * bucket name that cloud accepts.
 */
final class UploadBucketRule implements DocumentRule {
  static final String ID = "upload-bucket";

  private static final Pattern URL = Pattern.compile("([A-Za-z0-9+.-]+)://([^/]*)(/.*)?");

  /** The clouds as data: scheme and bucket-name grammar. */
  private enum Cloud {
    AWS(SecretClient.AWS, "s3", "[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]",
        "3 to 63 lower-case letters, digits, '.' or '-', starting and ending with a letter or digit"),
    GCP(SecretClient.GCP, "gs", "[a-z0-9][a-z0-9._-]{1,61}[a-z0-9]",
        "3 to 63 lower-case letters, digits, '.', '_' or '-', starting and ending with a letter or digit");

    final SecretClient client;
    final String scheme;
    final Pattern name;
    final String nameRule;

    Cloud(SecretClient client, String scheme, String name, String nameRule) {
      this.client = client;
      this.scheme = scheme;
      this.name = Pattern.compile(name);
      this.nameRule = nameRule;
    }

    static Optional<Cloud> ofScheme(String scheme) {
      return Arrays.stream(values()).filter(c -> c.scheme.equals(scheme)).findFirst();
    }

    static Optional<Cloud> ofClient(Optional<String> secretClient) {
      return secretClient.flatMap(s -> WireValue.parse(SecretClient.class, s))
          .flatMap(sc -> Arrays.stream(values()).filter(c -> c.client == sc).findFirst());
    }
  }

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    Optional<String> given = Setting.BQ_UPLOAD_BUCKET.givenIn(document);
    FieldPath at = Setting.BQ_UPLOAD_BUCKET.pathIn(document);
    if (given.isEmpty()) {
      return List.of();
    }
    String value = given.get();
    List<FieldProblem> out = new ArrayList<>();
    Optional<Cloud> expected = Cloud.ofClient(Setting.SECRET_CLIENT.givenIn(document));
    Matcher m = URL.matcher(value);
    Optional<Cloud> cloud = m.matches() ? Cloud.ofScheme(m.group(1)) : Optional.empty();
    if (cloud.isEmpty()) {
      out.add(invalid(at, value, "must be a bucket URL such as "
          + expected.map(c -> "'" + c.scheme + "://my-bucket'").orElse("'s3://my-bucket' or 'gs://my-bucket'")));
      return out;
    }
    if (expected.isPresent() && expected.get() != cloud.get()) {
      out.add(invalid(at, value, "must start with '" + expected.get().scheme + "://' with secret_client "
          + expected.get().client.wireName() + " (found '" + cloud.get().scheme + "://')"));
    }
    if (!cloud.get().name.matcher(m.group(2)).matches() || m.group(2).contains("..")) {
      out.add(invalid(at, value, "the bucket name must be " + cloud.get().nameRule));
    }
    return out;
  }

  private static FieldProblem invalid(FieldPath at, String value, String message) {
    return FieldProblem.invalid(at, value, message, ID);
  }
}
