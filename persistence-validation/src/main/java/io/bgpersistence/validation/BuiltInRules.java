package io.bgpersistence.validation;

import java.util.List;

/** The core's rules, in the order they run; per-field constraints first. */
final class BuiltInRules {
  private static final List<DocumentRule> ALL = List.of(
      new FieldConstraints(),
      new DeprecatedNameRule(),
      new ClosedSetsRule(),
      new WriterTypeRule(),
      new UniqueWriterNamesRule(),
      new WriterDefaultsRule(),
      new ResourceQuantitiesRule(),
      new RequestWithinLimitRule(),
      new MemoryLimitRule(),
      new ImagesRule(),
      new UploadBucketRule(),
      new WriterTypeNeedsRule(),
      new PipelineConsumerRule(),
      new BackendSettingsRule(),
      new DisruptionBudgetRule(),
      new ExtraEnvironmentRule(),
      new PlacementRule(),
      new AutoscalingRule(),
      new NotRenderedRule(),
      new PlaceholderRule(),
      new WhitespaceOnlyRule());

  private BuiltInRules() {}

  static List<DocumentRule> all() {
    return ALL;
  }
}
