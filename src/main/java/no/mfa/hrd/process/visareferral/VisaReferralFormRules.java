package no.mfa.hrd.process.visareferral;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the visa referral's forms cannot say alone: the trip lies ahead and lasts at most 90 days, a
 * visa ends after it begins and not before the trip, and a national visa is valid for at most 90 days
 * ("also valid for a maximum of 90 days"); what was done is not dated in the future and follows the
 * step before it, and a trip has not taken place before its planned entry.
 */
@Component
class VisaReferralFormRules implements ProcessFormRules {

  /** The longest stay under a Schengen or national visa, entry and exit days both counted. */
  static final int MAX_STAY_DAYS = 90;

  @Override
  public String processKey() {
    return VisaReferral.PROCESS_KEY;
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    switch (formId) {
      case "visaReferralStart" -> {
        RecordedDates.afterToday(values, VisaReferral.PLANNED_ENTRY, "Planned entry").ifPresent(violations::add);
        RecordedDates.notBefore(values, VisaReferral.PLANNED_EXIT, "Planned exit", VisaReferral.PLANNED_ENTRY,
            "the entry").ifPresent(violations::add);
        RecordedDates.spanAtMost(values, VisaReferral.PLANNED_ENTRY, VisaReferral.PLANNED_EXIT, "The stay",
            MAX_STAY_DAYS).ifPresent(violations::add);
      }
      case "visaReferralSchengenDecision" -> {
        RecordedDates.notBefore(values, "visaValidUntil", "Valid until", "visaValidFrom", "its first day")
            .ifPresent(violations::add);
        RecordedDates.notBefore(values, "visaValidUntil", "Valid until", VisaReferral.PLANNED_ENTRY,
            "the planned entry").ifPresent(violations::add);
      }
      case "visaReferralUdiReferral" ->
          RecordedDates.notInTheFuture(values, "udiReferredOn", "Referred on").ifPresent(violations::add);
      case "visaReferralUdiDecision" -> {
        RecordedDates.notInTheFuture(values, "udiDecidedOn", "Decided on").ifPresent(violations::add);
        RecordedDates.notBefore(values, "udiDecidedOn", "Decided on", "udiReferredOn", "the referral")
            .ifPresent(violations::add);
        RecordedDates.notBefore(values, "nationalVisaValidUntil", "Valid until", "nationalVisaValidFrom",
            "its first day").ifPresent(violations::add);
        RecordedDates.spanAtMost(values, "nationalVisaValidFrom", "nationalVisaValidUntil", "A national visa",
            MAX_STAY_DAYS).ifPresent(violations::add);
        RecordedDates.notBefore(values, "nationalVisaValidUntil", "Valid until", VisaReferral.PLANNED_ENTRY,
            "the planned entry").ifPresent(violations::add);
      }
      case "visaReferralTripFollowUp" ->
          RecordedDates.happenedNotBefore(values, "tripTookPlace", "Did the trip take place", VisaReferral.PLANNED_ENTRY,
              "the planned entry").ifPresent(violations::add);
      case "visaReferralInform" ->
          RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }
}
