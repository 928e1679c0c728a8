package no.mfa.hrd.process.prisonvisit;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a prison visit (fixtures/prisonVisit.json), to vary per scenario. */
public final class PrisonVisitSteps {

  private static final Fixture FIXTURE = Fixture.of("prisonVisit");

  private PrisonVisitSteps() {
  }

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public static Map<String, Object> step(String name, Object... changes) {
    return FIXTURE.step(name, changes);
  }

  public static final Map<String, Object> START = step("start");
  public static final Map<String, Object> IMPACT = step("impact");
  public static final Map<String, Object> REQUEST = step("request");
  public static final Map<String, Object> VISITED = step("visited");
  public static final Map<String, Object> RELEASED = step("released");
}
