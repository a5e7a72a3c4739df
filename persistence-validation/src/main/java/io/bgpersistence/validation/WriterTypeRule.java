package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.WriterSpec;
import io.bgpersistence.model.WriterType;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A writer's {@code bus_subscriber_type} against the registry (names compare ignoring case). The
 * platform adds types over time, so a type the registry does not know is forward compatible: with
 * {@code image_override} it is a warning and the writer renders (shared settings and its
 * {@code additional_env_vars}); without, it is an error that says how to fix it. A row whose image
 * is not known needs {@code image_override}; a row that is inferred is warned of.
 */
final class WriterTypeRule extends EachWriterRule {
  static final String ID = "writer-type";
  /** What a type name looks like: anything else is a typo or garbage, not a newer type. */
  private static final Pattern TYPE_NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,62}");

  WriterTypeRule() {
    super(ID);
  }

  @Override
  void check(WriterSpec w, int i, ValidationContext context, List<FieldProblem> out) {
    Optional<String> typeName = w.busSubscriberType().filter(t -> !t.isBlank());
    if (typeName.isEmpty()) {
      return;  // Required: a field constraint
    }
    FieldPath typePath = Paths.writer(i).child("bus_subscriber_type");
    boolean overridden = w.imageOverride().filter(v -> !v.isBlank()).isPresent();
    Optional<WriterType> type = context.registry().find(typeName.get());
    List<String> known = context.registry().names();
    if (type.isEmpty()) {
      String value = typeName.get();
      if (!TYPE_NAME.matcher(value).matches()) {
        out.add(FieldProblem.notSupported(typePath, value, known, ID));
      } else if (overridden) {
        out.add(FieldProblem.notSupported(typePath, value, known, ID).withMessage("is not in the registry: "
            + "rendered with image_override, the shared settings and additional_env_vars only; register the type "
            + "to check what it needs").asWarning());
      } else {
        FieldProblem unknown = FieldProblem.notSupported(typePath, value, known, ID);
        out.add(unknown.withMessage(unknown.message() + "; for a type the registry does not know yet, give the "
            + "writer an image_override (or register the type)"));
      }
      return;
    }
    if (type.get().image().isEmpty() && !overridden) {
      out.add(FieldProblem.required(Paths.writer(i).child("image_override"), "is required: the image of "
          + type.get().name() + " is not known, so the writer must name one", ID));
    }
    if (type.get().inferred()) {
      out.add(FieldProblem.invalid(typePath, typeName.get(), "the registry's row for " + type.get().name()
          + " is inferred, not documented (" + type.get().description() + "): check what it renders", ID)
          .asWarning());
    }
  }
}
