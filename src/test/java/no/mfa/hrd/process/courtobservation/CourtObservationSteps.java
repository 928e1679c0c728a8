package no.mfa.hrd.process.courtobservation;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a court observation (fixtures/courtObservation.json), to vary per scenario. */
public final class CourtObservationSteps {

  private static final Fixture FIXTURE = Fixture.of("courtObservation");

  private CourtObservationSteps() {
  }

  /** The first hearing, as the start form records it. */
  public static final String FIRST_HEARING = (String) FIXTURE.step("start").get("hearingAt");
  /** The hearing an adjournment gives, in the fixture. */
  public static final String NEXT_HEARING = (String) FIXTURE.step("adjourned").get("nextHearingAt");

  /** A step's values, with some of them changed (name, value, name, value ...). */
  public static Map<String, Object> step(String name, Object... changes) {
    return FIXTURE.step(name, changes);
  }

  public static final Map<String, Object> START = step("start");
  public static final Map<String, Object> RELEVANT = step("relevant");
  public static final Map<String, Object> HR_ADVICE = step("hrAdvice");
  public static final Map<String, Object> AUTHORITIES_INFORMED = step("authoritiesInformed");
  public static final Map<String, Object> INFORMED = step("informed");

  /** agree, agreeWithConditions, adviseAgainst or consultHrSection. */
  public static Map<String, Object> advice(String advice) {
    return step(advice);
  }

  /** The rota for a hearing (rotaNorway, rotaLikeminded, rotaBoth) at the given time. */
  public static Map<String, Object> rota(String rota, String hearingAt) {
    return step(rota, "hearingAt", hearingAt);
  }

  /** A hearing's observations, fair, with the given outcome step (adjourned, verdict, otherOutcome). */
  public static Map<String, Object> observed(String outcome, Object... changes) {
    Map<String, Object> values = new java.util.LinkedHashMap<>(step("fairHearing"));
    values.putAll(step(outcome));
    for (int i = 0; i < changes.length; i += 2) {
      values.put((String) changes[i], changes[i + 1]);
    }
    return Map.copyOf(values);
  }
}
