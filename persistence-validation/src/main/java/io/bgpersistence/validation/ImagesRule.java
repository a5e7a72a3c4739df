package io.bgpersistence.validation;

import io.bgpersistence.model.FieldProblem;
import io.bgpersistence.model.PersistenceDocument;
import io.bgpersistence.model.Setting;
import java.util.ArrayList;
import java.util.List;

/** Every image setting given is a valid image reference; one that floats (no tag, :latest) is warned of. */
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
      s.givenIn(document).ifPresent(image -> {
        Checks.imageReference(image).forEach(m -> out.add(FieldProblem.invalid(Paths.of(s), image, m, ID)));
        Checks.imagePinning(image).forEach(m -> out.add(FieldProblem.invalid(Paths.of(s), image, m, ID).asWarning()));
      });
    }
    return out;
  }
}
