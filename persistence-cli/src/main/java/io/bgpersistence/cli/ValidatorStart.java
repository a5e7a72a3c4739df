package io.bgpersistence.cli;

import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.validation.DocumentValidator;

/**
 * Starts the validator (Hibernate Validator's bootstrap, the rules' classes) on the second core
 * while the main thread builds the command line and reads the input: the two were a run's largest
 * costs, one after the other. The command then finds the validator ready, or waits for it on
 * class initialization; nothing here can fail the command.
 */
final class ValidatorStart {
  private ValidatorStart() {}

  static void inBackground() {
    Thread t = new Thread(ValidatorStart::start, "bpctl-validator-start");
    t.setDaemon(true);
    t.start();
  }

  private static void start() {
    try {
      DocumentValidator.standard().validate(PersistenceDocument.builder().build());
    } catch (Throwable ignored) {
      // The command validates for real next and reports any fault there, in its own words.
    }
  }
}
