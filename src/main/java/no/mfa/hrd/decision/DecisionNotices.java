package no.mfa.hrd.decision;

import no.mfa.hrd.notification.NotificationTemplate;
import org.springframework.stereotype.Component;

/**
 * Which notification tells the mission of the desk's decision, for the model's notification step:
 * {@code notifyTemplate = ${decisionNotices.toMission(ministryDecision)}}.
 */
@Component("decisionNotices")
public class DecisionNotices {

  public String toMission(String decision) {
    NotificationTemplate template = switch (decision == null ? "" : decision) {
      case MinistryDecision.APPROVE -> NotificationTemplate.DECISION_APPROVED;
      case MinistryDecision.REJECT -> NotificationTemplate.DECISION_REJECTED;
      case MinistryDecision.RETURN_FOR_REVISION -> NotificationTemplate.RETURNED_FOR_REVISION;
      case MinistryDecision.AGREE, MinistryDecision.AGREE_WITH_CONDITIONS, MinistryDecision.ADVISE_AGAINST ->
          NotificationTemplate.ADVICE_GIVEN;
      default -> throw new IllegalArgumentException(MinistryDecision.DECISION + " is no final decision");
    };
    return template.name();
  }
}
