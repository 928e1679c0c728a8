package no.mfa.hrd.process.courtobservation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the court observation's forms cannot say alone: Norway does not attend where the authorities
 * refused it, an adjourned hearing's next date comes after it, and an answer comes after the request.
 */
@Component
class CourtObservationFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return "courtObservation";
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    switch (formId) {
      case "courtObservationRota" -> {
        Object attendee = values.get("hearingAttendee");
        if ("refused".equals(values.get("authorityAnswer")) && ("norway".equals(attendee) || "both".equals(attendee))) {
          violations.add(new Violation("hearingAttendee", "refused", "Who attends: the authorities refused Norway's"
              + " attendance, so a likeminded mission attends"));
        }
      }
      case "courtObservationObservations" -> {
        Instant hearing = Hearing.instant(values.get(Hearing.AT));
        Instant next = Hearing.instant(values.get(Hearing.NEXT_AT));
        if (Hearing.ADJOURNED.equals(values.get(Hearing.OUTCOME)) && hearing != null && next != null
            && !next.isAfter(hearing)) {
          violations.add(new Violation(Hearing.NEXT_AT, "afterHearing", "Next hearing: must come after this hearing"));
        }
      }
      case "courtObservationAuthoritiesAnswer" -> {
        LocalDate sent = Hearing.date(values.get("requestSentOn"));
        LocalDate answered = Hearing.date(values.get("answerReceivedOn"));
        if (sent != null && answered != null && answered.isBefore(sent)) {
          violations.add(new Violation("answerReceivedOn", "afterRequest",
              "Answer received on: cannot come before the request was sent"));
        }
      }
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }
}
