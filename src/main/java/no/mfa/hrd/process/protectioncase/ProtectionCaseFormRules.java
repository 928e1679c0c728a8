package no.mfa.hrd.process.protectioncase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the protection case's forms cannot say alone: what was done is not dated in the future, and
 * closing the case while measures still run takes the mission's explicit confirmation, which cancels them.
 */
@Component
class ProtectionCaseFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return ProtectionCase.PROCESS_KEY;
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    switch (formId) {
      case "protectionCaseStart" ->
          RecordedDates.notInTheFuture(values, "incidentDate", "Date of the latest incident").ifPresent(violations::add);
      case "protectionCaseMechanism" ->
          RecordedDates.notInTheFuture(values, "contactedOn", "Contacted on").ifPresent(violations::add);
      case "protectionCaseOrganisation" ->
          RecordedDates.notInTheFuture(values, "referredOn", "Referred on").ifPresent(violations::add);
      case "protectionCaseArrange" ->
          RecordedDates.notInTheFuture(values, "arrangedOn", "Arranged on").ifPresent(violations::add);
      case "protectionCaseReview" -> {
        Object open = values.get(ProtectionCase.OPEN_MEASURES);
        boolean measuresRun = open instanceof String names && !names.isBlank();
        if (ProtectionCase.CLOSE.equals(values.get(ProtectionCase.REVIEW_DECISION)) && measuresRun
            && !"yes".equals(values.get(ProtectionCase.CANCEL_OPEN_MEASURES))) {
          violations.add(new Violation(ProtectionCase.CANCEL_OPEN_MEASURES, "confirmed",
              "Closing the case cancels the measures still running: confirm it, or keep the case open"));
        }
      }
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }
}
