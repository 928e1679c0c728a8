package no.mfa.hrd.process.visareferral;

/** The visa referral's variables that its code reads or sets; the same names as the forms' keys. */
final class VisaReferral {

  static final String PROCESS_KEY = "visaReferral";

  static final String URGENCY = "urgency";
  static final String URGENT = "urgent";
  static final String PLANNED_ENTRY = "plannedEntry";
  static final String PLANNED_EXIT = "plannedExit";

  /** When the hub mission's assessment is due: its task's due date and its reminder. */
  static final String HUB_ANSWER_DUE_AT = "hubAnswerDueAt";
  /**
   * When a decision on a visa is needed, some days before the planned entry: the hub is reminded of
   * the Schengen visa then, and the mission (the desk told) of UDI's national visa.
   */
  static final String VISA_DECISION_DUE_AT = "visaDecisionDueAt";
  /** When the mission's follow-up after the trip is due. */
  static final String TRIP_FOLLOW_UP_DUE_AT = "tripFollowUpDueAt";

  private VisaReferral() {
  }
}
