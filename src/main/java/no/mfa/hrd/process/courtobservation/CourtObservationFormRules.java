package no.mfa.hrd.process.courtobservation;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
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
      case "courtObservationInformAuthorities" ->
          RecordedDates.notInTheFuture(values, "requestSentOn", "Sent on").ifPresent(violations::add);
      case "courtObservationAuthoritiesAnswer" -> {
        // (the rule's name, afterRequestSentOn, says which date it must follow)
        RecordedDates.notBefore(values, "answerReceivedOn", "Answer received on", "requestSentOn",
            "the request was sent").ifPresent(violations::add);
        RecordedDates.notInTheFuture(values, "answerReceivedOn", "Answer received on").ifPresent(violations::add);
      }
      case "courtObservationInformDefender" ->
          RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
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
    Object procedure = values.get("attendanceProcedure") != null ? values.get("attendanceProcedure") : values.get("procedureUsed");
    if ("refused".equals(answer)) {
      violations.add(new Violation("hearingAttendee", "refused",
          "Who attends: the authorities refused Norway's attendance; a likeminded mission may attend"));
    } else if ("requestPermission".equals(procedure) && !"granted".equals(answer)) {
      violations.add(new Violation("hearingAttendee", "notPermitted",
          "Who attends: the mission asked the authorities' permission and has not been granted it"));
    }
  }}
