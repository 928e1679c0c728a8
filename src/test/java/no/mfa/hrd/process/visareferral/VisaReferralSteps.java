package no.mfa.hrd.process.visareferral;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a visa referral (fixtures/visaReferral.json), to vary per scenario. */
public final class VisaReferralSteps {

  private static final Fixture FIXTURE = Fixture.of("visaReferral");

  private VisaReferralSteps() {
  }

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public static Map<String, Object> step(String name, Object... changes) {
    return FIXTURE.step(name, changes);
  }

  public static final Map<String, Object> START = step("start");
  public static final Map<String, Object> RISK = step("risk");
  public static final Map<String, Object> TRIP_SECURITY = step("tripSecurity");
  public static final Map<String, Object> INFORMED = step("informed");
}
