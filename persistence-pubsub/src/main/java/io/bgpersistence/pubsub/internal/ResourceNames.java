package io.bgpersistence.pubsub.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path-agnostic checkers for Pub/Sub names, after the validation module's {@code Checks}: each
 * returns the messages that say what is wrong, empty when the value is fine. Plain parsing with
 * Google's documented patterns, so validation never loads the Pub/Sub client.
 *
 * <ul>
 *   <li>Topic and subscription ids: 3-255 characters, start with a letter, then letters, digits and
 *       {@code - _ . ~ + %}; never starting with {@code goog}.</li>
 *   <li>Project ids: 6-30 characters, lower-case letters, digits and hyphens, starting with a letter
 *       and not ending with a hyphen; legacy domain-scoped ids ({@code example.com:my-project}) too.
 *       A full resource name may also give the project's number.</li>
 * </ul>
 */
public final class ResourceNames {
  /** The shortest topic or subscription id. */
  public static final int ID_MIN = 3;
  /** The longest topic or subscription id. */
  public static final int ID_MAX = 255;
  /** Ids may not start with this. */
  public static final String RESERVED_PREFIX = "goog";
  /** A topic or subscription id. */
  public static final String ID = "[A-Za-z][A-Za-z0-9\\-_.~+%]*";
  /** A project id (optionally domain-scoped). */
  public static final String PROJECT_ID = "(?:[a-z0-9][a-z0-9.-]*[a-z0-9]:)?[a-z][a-z0-9-]{4,28}[a-z0-9]";
  /** A project number. */
  public static final String PROJECT_NUMBER = "[0-9]{1,20}";
  /** A Google service account's e-mail address, the identity Workload Identity binds pods to. */
  public static final String SERVICE_ACCOUNT = "[a-z0-9][a-z0-9._-]*@[a-z0-9][a-z0-9.:-]*\\.gserviceaccount\\.com";

  private static final String FULL_PREFIX = "projects/";
  private static final Pattern FULL = Pattern.compile("projects/([^/]*)/([^/]*)/(.*)");
  private static final Pattern ID_P = Pattern.compile(ID);
  private static final Pattern PROJECT_P = Pattern.compile(PROJECT_ID + "|" + PROJECT_NUMBER);
  private static final Pattern PROJECT_ID_P = Pattern.compile(PROJECT_ID);
  private static final Pattern SERVICE_ACCOUNT_P = Pattern.compile(SERVICE_ACCOUNT);

  private ResourceNames() {}

  /**
   * The value as a name, when it has the shape of one (see {@link #check} for whether it is right).
   *
   * @param value a topic or subscription id, or a full name {@code projects/PROJECT/topics/ID}
   * @return the value as a name, when it has the shape of one (see {@link #check} for whether it is right)
   */
  public static Optional<ResourceName> parse(String value) {
    if (!value.startsWith(FULL_PREFIX)) {
      return Optional.of(new ResourceName(Optional.empty(), Optional.empty(), value));
    }
    Matcher m = FULL.matcher(value);
    if (!m.matches()) {
      return Optional.empty();
    }
    return ResourceKind.ofCollection(m.group(2))
        .map(kind -> new ResourceName(Optional.of(kind), Optional.of(m.group(1)), m.group(3)));
  }

  /**
   * What is wrong with {@code value} where a {@code expected} is due: syntax, project, or the other kind.
   *
   * @param expected the kind the setting must name: topic or subscription
   * @param value the setting's value: a short id or a full {@code projects/...} name
   * @return what is wrong with {@code value} where a {@code expected} is due: syntax, project, or the other kind
   */
  public static List<String> check(String value, ResourceKind expected) {
    Optional<ResourceName> parsed = parse(value);
    if (parsed.isEmpty()) {
      return List.of("a full name must read projects/PROJECT/" + expected.collection() + "/"
          + expected.noun().toUpperCase(java.util.Locale.ROOT) + ", or give the short "
          + expected.noun() + " id alone");
    }
    ResourceName name = parsed.get();
    List<String> out = new ArrayList<>();
    name.project().ifPresent(p -> out.addAll(project(p, PROJECT_P)));
    name.namedKind().filter(k -> k != expected).ifPresent(k -> out.add(
        "names a " + k.noun() + " where a " + expected.noun() + " is due: use projects/"
            + name.project().orElse("") + "/" + expected.collection() + "/…"));
    out.addAll(id(name.id(), expected));
    return out;
  }

  /**
   * A short topic or subscription id, as Google documents it.
   *
   * @param id the short id alone, without {@code projects/...}
   * @param kind topic or subscription; named in the messages
   * @return A short topic or subscription id, as Google documents it
   */
  public static List<String> id(String id, ResourceKind kind) {
    List<String> out = new ArrayList<>();
    if (id.length() < ID_MIN) {
      out.add("a " + kind.noun() + " id must have at least " + ID_MIN + " characters");
    } else if (id.length() > ID_MAX) {
      out.add("a " + kind.noun() + " id must be no more than " + ID_MAX + " characters");
    }
    if (!ID_P.matcher(id).matches()) {
      out.add("a " + kind.noun() + " id must start with a letter and hold only letters, digits and "
          + "'-', '_', '.', '~', '+', '%' (e.g. 'metrics-bus', 'result_bus.v2')");
    }
    if (id.startsWith(RESERVED_PREFIX)) {
      out.add("a " + kind.noun() + " id must not start with \"" + RESERVED_PREFIX + "\" (reserved by Google)");
    }
    return out;
  }

  /**
   * A project id as {@code google_cloud_project} gives it (a project number is not accepted there).
   *
   * @param value the {@code google_cloud_project} value as written
   * @return A project id as {@code google_cloud_project} gives it (a project number is not accepted there)
   */
  public static List<String> projectId(String value) {
    return project(value, PROJECT_ID_P);
  }

  /**
   * A Google service account's e-mail address.
   *
   * @param value the e-mail address as written
   * @return A Google service account's e-mail address
   */
  public static List<String> serviceAccount(String value) {
    return SERVICE_ACCOUNT_P.matcher(value).matches() ? List.of() : List.of(
        "must be a Google service account's e-mail address, such as "
            + "'bgp-writers@my-project.iam.gserviceaccount.com'");
  }

  private static List<String> project(String value, Pattern pattern) {
    return pattern.matcher(value).matches() ? List.of() : List.of(
        "a project id must have 6 to 30 lower-case letters, digits or hyphens, start with a letter and "
            + "not end with a hyphen (e.g. 'acme-features-prod')");
  }
}
