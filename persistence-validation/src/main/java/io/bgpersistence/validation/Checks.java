package io.bgpersistence.validation;

import io.fabric8.kubernetes.api.model.Quantity;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Path-agnostic format checkers (after Kubernetes' {@code IsDNS1123Label}): each returns the
 * messages that describe what is wrong, empty when the value is fine; the caller wraps each as a
 * problem at its own path. Backends reuse these instead of writing their own. The patterns are
 * public so a schema generator can reuse them.
 */
public final class Checks {
  /** The longest DNS-1123 label. */
  public static final int DNS1123_LABEL_MAX = 63;
  /** The longest DNS-1123 subdomain. */
  public static final int DNS1123_SUBDOMAIN_MAX = 253;
  /** The longest label value (and label name). */
  public static final int LABEL_VALUE_MAX = 63;
  /** The longest image name (before the tag). */
  public static final int IMAGE_NAME_MAX = 255;

  /*
   * Every pattern runs in time linear in its input and without recursion: no repeated group (which
   * Java's engine matches recursively, one stack frame per repetition) and no ambiguous choice.
   * Where a grammar is "parts separated by ...", the pattern is "the allowed characters, starting
   * and ending right" plus a negative lookahead for the separator sequences that are not allowed.
   * Callers still check lengths first: a value is measured before it is matched.
   */
  /** A DNS-1123 label: lower-case letters, digits and {@code -}, alphanumeric at both ends. */
  public static final String DNS1123_LABEL = "[a-z0-9](?:[-a-z0-9]*[a-z0-9])?";
  /** Labels joined by dots: no label empty, none starting or ending with '-'. */
  public static final String DNS1123_SUBDOMAIN = "(?!.*(?:\\.\\.|\\.-|-\\.))[a-z0-9](?:[-a-z0-9.]*[a-z0-9])?";
  /** A Kubernetes label value: empty, or letters, digits, {@code -_.}, alphanumeric at both ends. */
  public static final String LABEL_VALUE = "(?:(?:[A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?";
  /** Kubernetes' quantity grammar: a signed decimal number and a binary, decimal or exponent suffix. */
  public static final String QUANTITY =
      "[+-]?(?:[0-9]+(?:\\.[0-9]*)?|\\.[0-9]+)(?:Ki|Mi|Gi|Ti|Pi|Ei|n|u|m|k|M|G|T|P|E|[eE][+-]?[0-9]{1,2})?";
  /** The longest quantity accepted: Kubernetes' own are far shorter, and the amount must stay cheap to compute. */
  public static final int QUANTITY_MAX = 64;
  /** A template placeholder such as {@code <your api server here>}. */
  public static final String PLACEHOLDER = "<[^<>]*>";

  /** Dot-separated components of letters, digits and inner '-', then an optional port. */
  private static final String DOMAIN = "(?![^/]*(?:\\.\\.|\\.-|-\\.))[a-zA-Z0-9](?:[a-zA-Z0-9.-]*[a-zA-Z0-9])?(?::[0-9]+)?";
  /**
   * '/'-separated components of lower-case letters and digits, joined inside by '.', '_', '__' or
   * a run of '-'; the lookahead refuses every other run of separators.
   */
  private static final String PATH = "(?![^:@]*(?:[._-]/|/[._-]|//|\\.[._-]|[_-]\\.|_-|-_|___))"
      + "[a-z0-9](?:[a-z0-9._/-]*[a-z0-9])?";
  /** An image reference, as Docker's distribution reference grammar: {@code [registry/]name[:tag][@digest]}. */
  public static final String IMAGE_REFERENCE = "((?:" + DOMAIN + "/)?" + PATH + ")(?::([\\w][\\w.-]{0,127}))?"
      + "(?:@((?![^:]*[-_+.][^A-Za-z])[A-Za-z][A-Za-z0-9_+.-]*:[0-9A-Fa-f]{32,}))?";
  /** Name, tag and digest at their longest: a longer value is refused before it is matched. */
  public static final int IMAGE_REFERENCE_MAX = 1024;

  /** What a DNS-1123 label must be, in Kubernetes' own words. */
  public static final String DNS1123_LABEL_MESSAGE = "a lowercase RFC 1123 label must consist of lower case "
      + "alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', "
      + "or '123-abc')";
  /** What a DNS-1123 subdomain must be, in Kubernetes' own words. */
  public static final String DNS1123_SUBDOMAIN_MESSAGE = "a lowercase RFC 1123 subdomain must consist of lower "
      + "case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character "
      + "(e.g. 'example.com')";
  /** What a label value must be, in Kubernetes' own words. */
  public static final String LABEL_VALUE_MESSAGE = "a label value must be empty or consist of alphanumeric "
      + "characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue', "
      + "or 'my_value', or '12345')";

  private static final Pattern LABEL_P = Pattern.compile(DNS1123_LABEL);
  private static final Pattern SUBDOMAIN_P = Pattern.compile(DNS1123_SUBDOMAIN);
  private static final Pattern LABEL_VALUE_P = Pattern.compile(LABEL_VALUE);
  private static final Pattern QUANTITY_P = Pattern.compile(QUANTITY);
  private static final Pattern PLACEHOLDER_P = Pattern.compile(PLACEHOLDER);
  private static final Pattern IMAGE_P = Pattern.compile(IMAGE_REFERENCE);
  private static final int ENV_NAME_MAX = 256;
  private static final Pattern ENV_NAME_P = Pattern.compile("[-._a-zA-Z][-._a-zA-Z0-9]*");
  private static final Pattern PERCENT_P = Pattern.compile("[0-9]{1,3}%");

  private static final int QUANTITY_CACHE_SIZE = 4096;
  private static final int QUANTITY_CACHE_KEY_MAX = 32;
  private static final Map<String, Optional<BigDecimal>> QUANTITIES = new ConcurrentHashMap<>();

  private Checks() {}

  /**
   * A Kubernetes DNS-1123 label: namespaces, most object names.
   *
   * @param value the name to check, e.g. a namespace
   * @return A Kubernetes DNS-1123 label: namespaces, most object names
   */
  public static List<String> dns1123Label(String value) {
    if (value.length() > DNS1123_LABEL_MAX) {
      return List.of("must be no more than " + DNS1123_LABEL_MAX + " characters");
    }
    return LABEL_P.matcher(value).matches() ? List.of() : List.of(DNS1123_LABEL_MESSAGE);
  }

  /**
   * A Kubernetes DNS-1123 subdomain: ServiceAccount and Deployment names.
   *
   * @param value the name to check, e.g. a Deployment's name
   * @return A Kubernetes DNS-1123 subdomain: ServiceAccount and Deployment names
   */
  public static List<String> dns1123Subdomain(String value) {
    if (value.length() > DNS1123_SUBDOMAIN_MAX) {
      return List.of("must be no more than " + DNS1123_SUBDOMAIN_MAX + " characters");
    }
    return SUBDOMAIN_P.matcher(value).matches() ? List.of() : List.of(DNS1123_SUBDOMAIN_MESSAGE);
  }

  /**
   * A Kubernetes label value (the writer's name and version become labels).
   *
   * @param value the text that becomes a label value; empty is allowed
   * @return A Kubernetes label value (the writer's name and version become labels)
   */
  public static List<String> labelValue(String value) {
    if (value.length() > LABEL_VALUE_MAX) {
      return List.of("must be no more than " + LABEL_VALUE_MAX + " characters (it becomes a label value)");
    }
    return LABEL_VALUE_P.matcher(value).matches() ? List.of() : List.of(LABEL_VALUE_MESSAGE);
  }

  /**
   * A Kubernetes label key ({@code kubernetes.io/arch}, {@code team}): an optional DNS subdomain
   * prefix and '/', then a name of at most 63 alphanumerics, '-', '_' or '.'.
   *
   * @param value the key to check, e.g. {@code kubernetes.io/arch}
   * @return A Kubernetes label key ({@code kubernetes.io/arch}, {@code team}): an optional DNS subdomain prefix and '/', then a name of at most 63 alphanumerics, '-', '_' or '.'
   */
  public static List<String> labelKey(String value) {
    int slash = value.lastIndexOf('/');
    String prefix = slash < 0 ? null : value.substring(0, slash);
    String name = value.substring(slash + 1);
    if (prefix != null && (prefix.isEmpty() || !dns1123Subdomain(prefix).isEmpty())) {
      return List.of("a label key's prefix must be a DNS subdomain (e.g. 'example.com/my-key')");
    }
    if (name.isEmpty() || name.length() > LABEL_VALUE_MAX || !LABEL_VALUE_P.matcher(name).matches()) {
      return List.of("a label key's name must be 1 to 63 alphanumeric characters, '-', '_' or '.', starting "
          + "and ending with an alphanumeric character (e.g. 'kubernetes.io/arch' or 'team')");
    }
    return List.of();
  }

  /**
   * An environment variable name Kubernetes accepts: letters, digits, '_', '-', '.', not a digit first.
   *
   * @param value the name to check, e.g. {@code LOG_LEVEL}
   * @return an environment variable name Kubernetes accepts: letters, digits, '_', '-', '.', not a digit first
   */
  public static List<String> envVarName(String value) {
    return !value.isEmpty() && value.length() <= ENV_NAME_MAX && ENV_NAME_P.matcher(value).matches() ? List.of()
        : List.of("an environment variable name must consist of letters, digits, '_', '-' or '.', must not start "
            + "with a digit and must be at most " + ENV_NAME_MAX + " characters (e.g. 'LOG_LEVEL')");
  }

  /**
   * A whole number of pods (0 or more) or a percentage from 0% to 100%, as in a PodDisruptionBudget.
   *
   * @param value a disruption budget's count or percentage, as written
   * @return A whole number of pods (0 or more) or a percentage from 0% to 100%, as in a PodDisruptionBudget
   */
  public static List<String> countOrPercent(io.bgpersistence.model.IntOrPercent value) {
    if (value.number().isPresent()) {
      return value.number().get() >= 0 ? List.of() : List.of("must be 0 or more");
    }
    String text = value.text().orElse("");
    return PERCENT_P.matcher(text).matches() && Integer.parseInt(text.substring(0, text.length() - 1)) <= 100
        ? List.of() : List.of("must be a whole number or a percentage from '0%' to '100%' (e.g. 1 or '25%')");
  }

  /**
   * Whether the value still holds a template placeholder such as {@code <your data bucket>}.
   *
   * @param value the text to search
   * @return whether the value still holds a template placeholder such as {@code <your data bucket>}
   */
  public static boolean hasPlaceholder(String value) {
    return value.indexOf('<') >= 0 && PLACEHOLDER_P.matcher(value).find();
  }

  /**
   * The placeholder message, or empty when the value holds none.
   *
   * @param value the text to search; the message quotes the first placeholder found
   * @return the placeholder message, or empty when the value holds none
   */
  public static List<String> placeholder(String value) {
    Matcher m = PLACEHOLDER_P.matcher(value);
    return m.find()
        ? List.of("still holds the template placeholder \"" + m.group() + "\": replace it with a real value")
        : List.of();
  }

  /**
   * A Kubernetes quantity ({@code 500m}, {@code 1.5Gi}, {@code 1e3}), not negative. The grammar
   * first: fabric8's {@link Quantity} accepts anything at construction and only fails later.
   *
   * @param value the quantity as written, e.g. {@code 500m}
   * @return A Kubernetes quantity ({@code 500m}, {@code 1.5Gi}, {@code 1e3}), not negative
   */
  public static List<String> quantity(String value) {
    if (value.length() > QUANTITY_MAX) {
      return List.of("must be no more than " + QUANTITY_MAX + " characters");
    }
    if (value.isBlank()) {
      return List.of("must not be empty: give a quantity such as '500m' or '512Mi', or leave the field out");
    }
    return parseQuantity(value).isPresent() ? List.of()
        : List.of("must be a Kubernetes quantity such as '500m', '2', '512Mi' or '1Gi', and not negative");
  }

  /**
   * The quantity's amount in base units (cores, bytes), empty when it is not a valid quantity.
   *
   * @param value the quantity as written, e.g. {@code 1.5Gi}
   * @return the quantity's amount in base units (cores, bytes), empty when it is not a valid quantity
   */
  public static Optional<BigDecimal> parseQuantity(String value) {
    Optional<BigDecimal> known = QUANTITIES.get(value);
    if (known != null) {
      return known;
    }
    Optional<BigDecimal> parsed = parseQuantityUncached(value);
    // Documents repeat a handful of short values ("1", "512Mi"); fabric8's parsing is the costly
    // part. Bounded in entries and key length, so hostile input cannot grow it.
    if (value.length() <= QUANTITY_CACHE_KEY_MAX && QUANTITIES.size() < QUANTITY_CACHE_SIZE) {
      QUANTITIES.put(value, parsed);
    }
    return parsed;
  }

  private static Optional<BigDecimal> parseQuantityUncached(String value) {
    if (value.length() > QUANTITY_MAX || !QUANTITY_P.matcher(value).matches()) {
      return Optional.empty();
    }
    try {
      BigDecimal amount = new Quantity(value).getNumericalAmount();
      return amount.signum() < 0 ? Optional.empty() : Optional.of(amount);
    } catch (RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * An image reference {@code [registry/]name[:tag][@digest]}.
   *
   * @param value the image reference as written
   * @return an image reference {@code [registry/]name[:tag][@digest]}
   */
  public static List<String> imageReference(String value) {
    if (value.length() > IMAGE_REFERENCE_MAX) {
      return List.of("must be no more than " + IMAGE_REFERENCE_MAX + " characters");
    }
    Matcher m = IMAGE_P.matcher(value);
    if (!m.matches()) {
      return List.of("must be an image reference such as 'registry.example.com/team/writer:1.4.2' "
          + "(lower-case name, optional :tag and @sha256:digest)");
    }
    return m.group(1).length() > IMAGE_NAME_MAX
        ? List.of("the image name must be no more than " + IMAGE_NAME_MAX + " characters") : List.of();
  }

  /**
   * Warnings for a valid image reference that floats: no tag and no digest, or {@code :latest}.
   *
   * @param value an image reference; an invalid one gives no warnings (see {@link #imageReference})
   * @return warnings for a valid image reference that floats: no tag and no digest, or {@code :latest}
   */
  public static List<String> imagePinning(String value) {
    if (value.length() > IMAGE_REFERENCE_MAX) {
      return List.of();
    }
    Matcher m = IMAGE_P.matcher(value);
    if (!m.matches() || m.group(3) != null) {
      return List.of();
    }
    if (m.group(2) == null) {
      return List.of("has no tag: it runs whatever ':latest' is at pull time; pin a version or a digest");
    }
    return m.group(2).equals("latest")
        ? List.of("uses ':latest', which changes under you; pin a version or a digest") : List.of();
  }
}
