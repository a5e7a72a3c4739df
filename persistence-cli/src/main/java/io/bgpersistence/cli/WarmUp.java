package io.bgpersistence.cli;

import io.bgpersistence.render.Renderer;
import io.bgpersistence.validation.DocumentValidator;

/**
 * Start-up work a command will need, begun on its own thread while the main thread builds the
 * command line and reads the input: Hibernate Validator's bootstrap was a run's largest cost, after
 * the rest. The command then finds the work done, or waits for it on class initialization; nothing
 * here can fail the command, which does the same work for real and reports any fault itself.
 * A command that renders has the same thread build rendering's Jackson mapper next, while the main
 * thread validates (7-15 ms off a cold render, A/B). Rendering a sample on a third thread, or on this
 * one, measured slower on two cores: it repeats the main thread's work.
 */
enum WarmUp {
  VALIDATOR(DocumentValidator::prepare),
  /** The validator first: the command needs it first, and the mapper only once it is valid. */
  RENDERER(() -> {
    DocumentValidator.prepare();
    Renderer.prepare();
  });

  private final Runnable work;

  WarmUp(Runnable work) {
    this.work = work;
  }

  void inBackground() {
    Thread t = new Thread(this::run, "bpctl-warm-up-" + name().toLowerCase(java.util.Locale.ROOT));
    t.setDaemon(true);
    t.start();
  }

  private void run() {
    try {
      work.run();
    } catch (Throwable ignored) {
      // The command does this work for real next and reports any fault there, in its own words.
    }
  }
}
