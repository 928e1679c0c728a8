package no.mfa.hrd.process.protectioncase;

import java.util.List;
import java.util.Map;

/** The protection case's variables and forms that its code reads or sets; the same names as the forms' keys. */
final class ProtectionCase {

  static final String PROCESS_KEY = "protectionCase";

  /** The checklist the case is opened with, and the shared risk checklist: what the case itself knows. */
  static final List<String> CASE_FORMS = List.of("protectionCaseStart", "riskChecklist");
  static final String MEASURES_FORM = "protectionCaseMeasures";
  static final String REVIEW_FORM = "protectionCaseReview";

  /**
   * The form each called measure is prepared with: the process's own start form, so the same fields and
   * rules apply as when a mission opens it alone; a public statement, which has none, after the facts
   * are verified.
   */
  static final Map<String, String> PREPARATION_FORMS = Map.of(
      "demarche", "demarcheStart",
      "publicStatement", "protectionCaseStatement",
      "courtObservation", "courtObservationStart",
      "prisonVisit", "prisonVisitStart",
      "visaReferral", "visaReferralStart",
      "section35Request", "section35RequestStart");

  /** What a measure's outcome is kept as in the case: "demarche" → "demarcheOutcome". */
  static String outcomeOf(String measure) {
    return measure + "Outcome";
  }

  static final String RISK_LEVEL = "riskLevel";
  static final String CRITICAL = "critical";

  /** The measures still running when a step that looks at them begins, by name: shown to the mission. */
  static final String OPEN_MEASURES = "openMeasures";
  static final String REVIEW_DECISION = "reviewDecision";
  static final String CONTINUE = "continue";
  static final String CLOSE = "close";
  static final String CANCEL_OPEN_MEASURES = "cancelOpenMeasures";

  private ProtectionCase() {
  }
}
