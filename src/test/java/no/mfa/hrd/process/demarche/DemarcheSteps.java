package no.mfa.hrd.process.demarche;

import java.time.LocalDate;
import java.util.Map;
import no.mfa.hrd.support.Fixture;

/** Valid form values for each step of a démarche (fixtures/demarche.json), to vary per scenario. */
public final class DemarcheSteps {

  private static final Fixture FIXTURE = Fixture.of("demarche");

  private DemarcheSteps() {
  }

  public static Map<String, Object> start(String reaction, String urgency, String lifeOrHealthThreatened) {
    return FIXTURE.step("start", "proposedReaction", reaction, "urgency", urgency,
        "lifeOrHealthThreatened", lifeOrHealthThreatened);
  }

  public static Map<String, Object> start(String reaction) {
    return FIXTURE.step("start", "proposedReaction", reaction);
  }

  public static Map<String, Object> verify(String outcome) {
    return outcome.equals("notVerifiable") ? FIXTURE.step("notVerifiable")
        : FIXTURE.step("verified", "factsVerified", outcome);
  }

  public static final Map<String, Object> LOW_RISK = FIXTURE.step("lowRisk");

  public static final Map<String, Object> CRITICAL_RISK = FIXTURE.step("criticalRisk");

  /** yes, no, nobodyReached or prefersOther. */
  public static Map<String, Object> consent(String given) {
    return FIXTURE.step(switch (given) {
      case "yes" -> "consentGiven";
      case "nobodyReached" -> "consentNobodyReached";
      case "prefersOther" -> "consentPrefersOther";
      default -> "consentRefused";
    });
  }

  public static final Map<String, Object> COORDINATED = FIXTURE.step("coordinated");

  /** Norway acts alone, where the defender consented to a joint reaction. */
  public static final Map<String, Object> COORDINATED_ALONE = FIXTURE.step("coordinatedAlone");

  public static final Map<String, Object> CONSENT_CONFIRMED = FIXTURE.step("consentConfirmed");

  public static final Map<String, Object> CONSENT_WITHDRAWN = FIXTURE.step("consentWithdrawn");

  /** Informing the defender is not safe now. */
  public static final Map<String, Object> NOT_INFORMED = FIXTURE.step("notInformed");

  public static final Map<String, Object> HR_ADVICE = FIXTURE.step("hrAdvice");

  /** approve, approveWithConditions, reject, returnForRevision or consultHrSection. */
  public static Map<String, Object> approval(String decision) {
    return FIXTURE.step(decision);
  }

  public static final Map<String, Object> REVISED = FIXTURE.step("revised");

  public static final Map<String, Object> DELIVERED = FIXTURE.step("delivered");

  /** Consent withdrawn before the reaction was delivered. */
  public static final Map<String, Object> WITHDRAWN_BEFORE_DELIVERY = FIXTURE.step("withdrawnBeforeDelivery");

  /** The defender informed; "yes" also proposes raising the case in a multilateral arena. */
  public static Map<String, Object> informed(String proposeMultilateral) {
    Map<String, Object> values = new java.util.HashMap<>(FIXTURE.step("informed", "proposeMultilateral", proposeMultilateral));
    if (proposeMultilateral.equals("yes")) {
      values.putAll(FIXTURE.step("multilateral"));
    }
    return values;
  }

  public static final Map<String, Object> REPORTED = FIXTURE.step("reported");

  /** Too early to tell: the mission reports again on this date (never a past one). */
  public static Map<String, Object> reportedTooEarly(LocalDate followUpOn) {
    return FIXTURE.step("reportedTooEarly", "followUpOn", followUpOn.toString());
  }

  /** A later acknowledgement in the same case: publication was decided the first time. */
  public static Map<String, Object> acknowledgedAgain() {
    Map<String, Object> values = new java.util.HashMap<>(FIXTURE.step("acknowledged"));
    values.remove("publicationDecision");
    return values;
  }

  public static Map<String, Object> acknowledged(String publication) {
    return FIXTURE.step("acknowledged", "publicationDecision", publication);
  }
}
