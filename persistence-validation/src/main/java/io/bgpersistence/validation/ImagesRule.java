package io.bgpersistence.validation;

import io.bgpersistence.model.FieldPath;
import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.ArrayList;
import java.util.List;

/**
 * Every image given (the image settings and each writer's {@code image_override}) is a valid image
 * reference; one that floats (no tag, :latest) is warned of.
 */
final class ImagesRule implements DocumentRule {
  static final String ID = "image-reference";

  @Override
  public String id() {
    return ID;
  }

  @Override
  public List<FieldProblem> check(PersistenceDocument document, ValidationContext context) {
    List<FieldProblem> out = new ArrayList<>();
    for (Setting s : Setting.values()) {
      if (s.role() != Setting.Role.IMAGE) {
        continue;
      }
      s.givenIn(document).ifPresent(image -> image(image, s.pathIn(document), out));
    }
    for (int i = 0; i < document.writers().size(); i++) {
      int index = i;
      document.writers().get(i).imageOverride().filter(v -> !v.isBlank())
          .ifPresent(image -> image(image, Paths.writer(index).child("image_override"), out));
    }
    return out;
  }

  private static void image(String image, FieldPath at, List<FieldProblem> out) {
    Checks.imageReference(image).forEach(m -> out.add(FieldProblem.invalid(at, image, m, ID)));
    Checks.imagePinning(image).forEach(m -> out.add(FieldProblem.invalid(at, image, m, ID).asWarning()));
  }
}
