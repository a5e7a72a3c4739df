package io.bgpersistence.validation;

import io.bgpersistence.model.Extension;
import io.bgpersistence.model.ExtensionsBuilder;
import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import java.util.List;
import java.util.Objects;

/**
 * A rule of a {@link ValidationExtension}, run only for documents the extension applies to. Whatever
 * the extension throws, in {@code appliesTo} or in the rule, becomes one error whose origin is the
 * extension's id: the user still gets every other problem, and the document is not called valid.
 */
final class ExtensionRule implements DocumentRule {
  private final Extension extension;
  private final DocumentRule rule;

  ExtensionRule(Extension extension, DocumentRule rule) {
    this.extension = extension;
    this.rule = rule;
  }

  @Override
  public String id() {
    return rule.id();
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    try {
      if (!extension.appliesTo(document)) {
        return List.of();
      }
      List<FieldProblem> found = Objects.requireNonNullElse(rule.check(document, context), List.of());
      return List.copyOf(found); // a null problem is the extension's fault too
    } catch (Throwable e) {
      return List.of(fault(extension.id(), ExtensionsBuilder.fault(extension.id(), e)));
    }
  }

  /** A rule standing for an extension that could not give its rules, or could not be made at all. */
  static DocumentRule broken(String origin, String message) {
    FieldProblem problem = fault(origin, message);
    return new DocumentRule() {
      @Override
      public String id() {
        return origin;
      }

      @Override
      public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
        return List.of(problem);
      }
    };
  }

  private static FieldProblem fault(String origin, String message) {
    return FieldProblem.invalid(FieldPath.ROOT, null, message + "; the document could not be checked completely",
        origin);
  }
}
