package no.mfa.hrd.process.courtobservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.Violation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What the court observation's forms cannot say alone: Norway attends only where the authorities let
 * it, hearings follow one another, and what the mission records as done is not dated in the future.
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
        checkNorwayMayAttend(values, violations);
        Instant previous = Hearing.instant(values.get(Hearing.PREVIOUS_AT));
        Instant hearing = Hearing.instant(values.get(Hearing.AT));
        if (previous != null && hearing != null && !hearing.isAfter(previous)) {
          violations.add(new Violation(Hearing.AT, "afterHearing", "Hearing: must come after the hearing that was adjourned"));
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
      case "courtObservationInformAuthorities" -> notInTheFuture(values, "requestSentOn", "Sent on", violations);
      case "courtObservationAuthoritiesAnswer" -> {
        LocalDate sent = Hearing.date(values.get("requestSentOn"));
        LocalDate answered = Hearing.date(values.get("answerReceivedOn"));
        if (sent != null && answered != null && answered.isBefore(sent)) {
          violations.add(new Violation("answerReceivedOn", "afterRequest",
              "Answer received on: cannot come before the request was sent"));
        }
        notInTheFuture(values, "answerReceivedOn", "Answer received on", violations);
      }
      case "courtObservationInformDefender" -> notInTheFuture(values, "informedOn", "When they were informed", violations);
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }

  /** Not where the authorities refused, nor where the mission asked their permission and did not get it. */
  private static void checkNorwayMayAttend(Map<String, Object> values, List<Violation> violations) {
    Object attendee = values.get("hearingAttendee");
    if (!"norway".equals(attendee) && !"both".equals(attendee)) {
      return;
    }
    Object answer = values.get("authorityAnswer");
    Object procedure = Objects.requireNonNullElse(values.get("attendanceProcedure"), values.get("procedureUsed"));
    if ("refused".equals(answer)) {
      violations.add(new Violation("hearingAttendee", "refused",
          "Who attends: the authorities refused Norway's attendance; a likeminded mission may attend"));
    } else if ("requestPermission".equals(procedure) && !"granted".equals(answer)) {
      violations.add(new Violation("hearingAttendee", "notPermitted",
          "Who attends: the mission asked the authorities' permission and has not been granted it"));
    }
  }

  /** A date the mission records as done lies today or before (engine time). */
  private static void notInTheFuture(Map<String, Object> values, String field, String label, List<Violation> violations) {
    LocalDate date = Hearing.date(values.get(field));
    if (date != null && date.isAfter(LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC))) {
      violations.add(new Violation(field, "notInFuture", label + ": cannot lie in the future"));
    }
  }
}
