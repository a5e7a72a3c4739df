package io.bgpersistence.render;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class RenderOptionsTest {
  @Test
  void valuesKubernetesAcceptsAreAccepted() {
    assertDoesNotThrow(() -> new RenderOptions.Builder()
        .putExtraLabels("example.com/team", "data-platform_1.0")
        .putExtraLabels("empty-value", "")
        .putExtraAnnotations("example.com/owner", "anything at all: spaces, \"quotes\", ünïcödé")
        .putNodeSelector("kubernetes.io/arch", "amd64")
        .addTolerations(PodToleration.equal("dedicated", "writers", "NoSchedule"), PodToleration.exists("spot", "NoExecute"))
        .addTolerations(new PodToleration(Optional.empty(), "Exists", Optional.empty(), Optional.empty()))
        .addImagePullSecrets("regcred")
        .priorityClassName("background-high")
        .build());
  }

  @Test
  void everyBadValueIsRefusedAtOnceAndNamed() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new RenderOptions.Builder()
        .putExtraLabels("team name", "data")
        .putExtraLabels("tier", "x".repeat(64))
        .putExtraAnnotations("Example.com/owner", "a")
        .putNodeSelector("pool", "-writers")
        .addTolerations(PodToleration.equal("dedicated", "writers", "NoScheduel"))
        .addTolerations(new PodToleration(Optional.of("spot"), "Exists", Optional.of("yes"), Optional.empty()))
        .addImagePullSecrets("Reg_Cred")
        .priorityClassName("High")
        .build());
    String m = e.getMessage();
    for (String named : new String[] {"label key \"team name\"", "label tier: value", "annotation key \"Example.com/owner\"",
        "node selector pool: value \"-writers\"", "toleration effect \"NoScheduel\"", "operator Exists takes no value",
        "image pull secret \"Reg_Cred\"", "priority class \"High\""}) {
      assertTrue(m.contains(named), () -> named + " missing from: " + m);
    }
  }
}
