package no.mfa.hrd.process.publicstatement;

import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a public statement (fixtures/publicStatement.json), to vary per scenario. */
public final class PublicStatementSteps {

  private static final Fixture FIXTURE = Fixture.of("publicStatement");

  private PublicStatementSteps() {
  }

  public static final Map<String, Object> STATEMENT_DRAFT = FIXTURE.step("draft");

  public static Map<String, Object> statementSecurity(String consent) {
    return FIXTURE.step(consent.equals("yes") ? "consentGiven" : "consentRefused");
  }

  public static final Map<String, Object> NOBODY_REACHED = FIXTURE.step("consentNobodyReached");

  public static final Map<String, Object> HR_ADVICE = FIXTURE.step("hrAdvice");

  /** approve, reject, returnForRevision or consultHrSection. */
  public static Map<String, Object> statementDecision(String decision) {
    return FIXTURE.step(decision);
  }

  public static final Map<String, Object> STATEMENT_REVISED = FIXTURE.step("revised");

  public static final Map<String, Object> PUBLISHED = FIXTURE.step("published");

  /** The Communication Unit proposes another channel than the approved one. */
  public static final Map<String, Object> OTHER_CHANNEL = FIXTURE.step("otherChannel");

  /** The mission's draft again, for the channel the Communication Unit proposed. */
  public static final Map<String, Object> REDRAFTED = FIXTURE.step("redrafted");

  public static final Map<String, Object> STATEMENT_INFORMED = FIXTURE.step("informed");
}
