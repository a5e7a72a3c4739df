package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.ImageFamily;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What each configured writer type needs, read from its registry row: its image, the bus it reads,
 * the topic it publishes to and its other needs are required (errors); what it expects is warned of
 * when missing (an incomplete pipeline); what it merely uses is optional. Each missing setting is
 * reported once, naming the first writer that needs it.
 */
final class WriterTypeNeedsRule extends WriterPassRule<WriterTypeNeedsRule.Needs> {
  static final String ID = "writer-type-needs";

  private record Need(int writer, WriterType type, boolean required) {}

  /** What the writers seen so far need, each setting with the first writer that needs it. */
  record Needs(PersistenceDocument document, ValidationContext context, Map<Setting, Need> bySetting) {}

  WriterTypeNeedsRule() {
    super(ID);
  }

  @Override
  Needs start(PersistenceDocument document, ValidationContext context, List<FieldProblem> out) {
    return new Needs(document, context, new LinkedHashMap<>());
  }

  @Override
  void see(Needs needs, WriterSpec writer, int index, List<FieldProblem> out) {
    writer.busSubscriberType().flatMap(needs.context().registry()::find).ifPresent(type -> {
      List<Setting> required = new ArrayList<>();
      // image_override replaces the family image, so the family's setting is then not needed.
      if (writer.imageOverride().filter(v -> !v.isBlank()).isEmpty()) {
        type.image().map(ImageFamily::imageSetting).ifPresent(required::add);
      }
      type.subscribesTo().ifPresent(required::add);
      type.publishesTo().ifPresent(required::add);
      required.addAll(type.needs());
      required.forEach(s -> needs.bySetting().merge(s, new Need(index, type, true), WriterTypeNeedsRule::stronger));
      type.expects().forEach(s -> needs.bySetting().merge(s, new Need(index, type, false), WriterTypeNeedsRule::stronger));
    });
  }

  @Override
  void finish(Needs needs, List<FieldProblem> out) {
    PersistenceDocument document = needs.document();
    needs.bySetting().forEach((setting, need) -> {
      if (setting.givenIn(document).isPresent()) {
        return;
      }
      String who = "writers[" + need.writer() + "] (" + need.type().name() + ")";
      out.add(need.required()
          ? FieldProblem.required(setting.pathIn(document), "is required by " + who, ID)
          : FieldProblem.required(setting.pathIn(document),
              "is expected by " + who + ": without it that part of the pipeline does not run", ID).asWarning());
    });
  }

  /** The first writer that needs a setting names it, unless a later one requires what was only expected. */
  private static Need stronger(Need earlier, Need later) {
    return !earlier.required() && later.required() ? later : earlier;
  }
}
