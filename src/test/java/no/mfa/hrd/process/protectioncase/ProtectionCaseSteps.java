package no.mfa.hrd.process.protectioncase;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/**
 * Valid form values for each step of a protection case (fixtures/protectionCase.json), to vary per
 * scenario; a measure is prepared and worked with its own process's fixture.
 */
public final class ProtectionCaseSteps {

  private static final Fixture FIXTURE = Fixture.of("protectionCase");

  private ProtectionCaseSteps() {
  }

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public static Map<String, Object> step(String name, Object... changes) {
    return FIXTURE.step(name, changes);
  }

  /** A step of a measure's own process, from that process's fixture. */
  public static Map<String, Object> measureStep(String processKey, String name, Object... changes) {
    return Fixture.of(processKey).step(name, changes);
  }

  public static final Map<String, Object> START = step("start");
}
