package no.mfa.hrd.notification;

/**
 * The only texts a notification can carry. The subject is generic; the body adds the step's name
 * from the model, the case reference, the due date and a link. Never names, places or free text.
 */
public enum NotificationTemplate {
  TASK_WAITING("HRD Support: a task awaits your group", "A task awaits your group."),
  DECISION_APPROVED("HRD Support: a decision on your case", "The Ministry has approved your group's proposal."),
  DECISION_REJECTED("HRD Support: a decision on your case", "The Ministry has rejected your group's proposal."),
  HUB_ANSWERED("HRD Support: the hub mission's answer on your case",
      "The regional hub mission has assessed your group's visa referral."),
  ADVICE_GIVEN("HRD Support: the Ministry's advice on your case", "The Ministry has answered your group's consultation."),
  REFERENCE_DATA_MISSING("HRD Support: a decision table needs a row",
      "A case found no row in a decision table kept in Modeler; please add one."),
  RETURNED_FOR_REVISION("HRD Support: a case returned for revision", "A case was returned to your group for revision."),
  REPRISALS_REPORTED("HRD Support: reprisals reported in a case",
      "The mission has reported reprisals against the defender in a case your group follows."),
  HIGH_RISK("HRD Support: a defender at high risk",
      "A case your group follows was assessed at high or critical risk to the defender."),
  STILL_PENDING("HRD Support: a decision is still pending",
      "A case of your group still waits for a decision from outside the Ministry; please ask after it."),
  ESCALATION("HRD Support: a task is overdue", "A task has waited longer than its deadline."),
  FOR_INFORMATION("HRD Support: for your information", "A step in a case concerns your group.");

  private final String subject;
  private final String lead;

  NotificationTemplate(String subject, String lead) {
    this.subject = subject;
    this.lead = lead;
  }

  public String subject() {
    return subject;
  }

  public String lead() {
    return lead;
  }
}
