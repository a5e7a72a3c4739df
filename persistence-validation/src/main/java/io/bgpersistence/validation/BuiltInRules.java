package io.bgpersistence.validation;

import java.util.List;

/** The core's rules, in the order they run; per-field constraints first. */
final class BuiltInRules {
  private static final List<DocumentRule> ALL = List.of(
      new FieldConstraints(),
      new ClosedSetsRule(),
      new UniqueWriterNamesRule(),
      new ResourceQuantitiesRule(),
      new RequestWithinLimitRule(),
      new MemoryLimitRule(),
      new ImagesRule(),
      new UploadBucketRule(),
      new WriterTypeNeedsRule(),
      new PipelineConsumerRule(),
      new BackendSettingsRule(),
      new PlaceholderRule(),
      new WhitespaceOnlyRule());

  private BuiltInRules() {}

  static List<DocumentRule> all() {
    return ALL;
  }
}
