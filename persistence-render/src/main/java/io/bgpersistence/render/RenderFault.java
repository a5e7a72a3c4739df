package io.bgpersistence.render;

/**
 * A document that cannot be rendered for a reason the renderer itself names (two extensions set
 * one variable, a value validation should have required is missing). Its message is built from
 * ids and keys only, never from values, so it is safe to show.
 */
final class RenderFault extends IllegalStateException {
  private static final long serialVersionUID = 1L;

  RenderFault(String message) {
    super(message);
  }
}
