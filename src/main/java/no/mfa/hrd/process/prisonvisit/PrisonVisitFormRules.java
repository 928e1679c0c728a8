package no.mfa.hrd.process.prisonvisit;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.stereotype.Component;

/**
 * What the prison visit's forms cannot say alone: what was done is not dated in the future, and one
 * step follows another (an answer its request, a visit its permission, a release the detention).
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
      case "prisonVisitRequest" -> {
        RecordedDates.notInTheFuture(values, "requestSentOn", "Sent on").ifPresent(violations::add);
        // The timer waits for the start of that day: today would have passed already.
        RecordedDates.afterToday(values, "answerDueOn", "Answer expected before").ifPresent(violations::add);
      }
      case "prisonVisitAnswer" -> {
        RecordedDates.notBefore(values, "answerReceivedOn", "Answer received on", "requestSentOn",
            "the request was sent").ifPresent(violations::add);
        RecordedDates.notInTheFuture(values, "answerReceivedOn", "Answer received on").ifPresent(violations::add);
      }
      case "prisonVisitStart" ->
          RecordedDates.notInTheFuture(values, "detainedSince", "Detained since").ifPresent(violations::add);
      case "prisonVisitVisit" -> {
        RecordedDates.notInTheFuture(values, "visitedOn", "Visited on").ifPresent(violations::add);
        RecordedDates.notBefore(values, "visitedOn", "Visited on", "answerReceivedOn", "the permission was granted")
            .ifPresent(violations::add);
      }
      case "prisonVisitFamilyCheck" ->
          RecordedDates.notInTheFuture(values, "familyAgreedOn", "When they agreed").ifPresent(violations::add);
      case "prisonVisitFamilyVisit" -> {
        RecordedDates.notInTheFuture(values, "familyVisitedOn", "Visited on").ifPresent(violations::add);
        RecordedDates.notBefore(values, "familyVisitedOn", "Visited on", "familyAgreedOn", "the family agreed")
            .ifPresent(violations::add);
      }
      case "prisonVisitAcknowledge" -> {
        Instant hearing = hearingAt(values.get("hearingAt"));
        if (hearing != null && hearing.isBefore(ClockUtil.getCurrentTime().toInstant())) {
          violations.add(new Violation("hearingAt", "notPassed", "Next hearing: must not have passed"));
        }
      }
      case "prisonVisitRelease" -> {
        RecordedDates.notInTheFuture(values, "releasedOn", "Released on").ifPresent(violations::add);
        RecordedDates.notBefore(values, "releasedOn", "Released on", "detainedSince", "the detention")
            .ifPresent(violations::add);
        RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
        RecordedDates.notBefore(values, "informedOn", "When they were informed", "releasedOn", "the release")
            .ifPresent(violations::add);
      }
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }

  private static Instant hearingAt(Object value) {
    try {
      return value instanceof String text ? OffsetDateTime.parse(text).toInstant() : null;
    } catch (DateTimeParseException notADateTime) {
      return null;
    }
  }
}
