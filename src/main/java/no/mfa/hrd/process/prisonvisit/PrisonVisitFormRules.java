package no.mfa.hrd.process.prisonvisit;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the prison visit's forms cannot say alone: what was done is not dated in the future, an answer
 * follows its request, and court observation follows up only where there is a court case.
 */
@Component
class PrisonVisitFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return "prisonVisit";
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    switch (formId) {
      case "prisonVisitRequest" ->
          RecordedDates.notInTheFuture(values, "requestSentOn", "Sent on").ifPresent(violations::add);
      case "prisonVisitAnswer" -> {
        RecordedDates.notBefore(values, "answerReceivedOn", "Answer received on", "requestSentOn",
            "the request was sent").ifPresent(violations::add);
        RecordedDates.notInTheFuture(values, "answerReceivedOn", "Answer received on").ifPresent(violations::add);
      }
      case "prisonVisitVisit" -> RecordedDates.notInTheFuture(values, "visitedOn", "Visited on").ifPresent(violations::add);
      case "prisonVisitFamilyVisit" ->
          RecordedDates.notInTheFuture(values, "familyVisitedOn", "Visited on").ifPresent(violations::add);
      case "prisonVisitRelease" -> {
        RecordedDates.notInTheFuture(values, "releasedOn", "Released on").ifPresent(violations::add);
        RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
      }
      case "prisonVisitAcknowledge" -> {
        if ("courtObservation".equals(values.get("recommendedFollowUp")) && values.get("courtCase") == null) {
          violations.add(new Violation("recommendedFollowUp", "courtCase",
              "Follow-up: court observation needs a court case, and none is recorded"));
        }
      }
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }
}
