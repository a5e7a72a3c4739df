package io.bgpersistence.kafka.client;

/**
 * The brokers refused or did not answer a request of {@link KafkaProvisioner} or {@link KafkaLag},
 * or no client could be made from the document's settings: the message says why in the user's
 * terms (the broker's own text never holds the password) and never contains the credential.
 */
public final class KafkaBusException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message why, in the user's terms
   * @param cause the client's own exception
   */
  public KafkaBusException(String message, Throwable cause) {
    super(message, cause);
  }
}
