package io.bgpersistence.deploy;

/**
 * The kubeconfig names a cluster but cannot be used: a file it names is missing, or is not a valid
 * kubeconfig. The message says which file and why (with a line and column for YAML faults) and
 * never quotes the file: a kubeconfig holds tokens and keys, and a parser's excerpt of it would
 * put them in a terminal or a CI log.
 */
public final class UnusableKubeconfigException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  UnusableKubeconfigException(String message) {
    super(message, null, false, false);
  }
}
