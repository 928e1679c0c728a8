package no.mfa.hrd.process.section35request;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a section 35 request (fixtures/section35Request.json), to vary per scenario. */
public final class Section35RequestSteps {

  private static final Fixture FIXTURE = Fixture.of("section35Request");

  private Section35RequestSteps() {
  }

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public static Map<String, Object> step(String name, Object... changes) {
    return FIXTURE.step(name, changes);
  }

  public static final Map<String, Object> START = step("start");
}
