package no.mfa.hrd.process.section35request;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.RecordedDates;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the section 35 request's forms cannot say alone: the other protection chosen as enough is one
 * that is available; what was done is not dated in the future, and one step follows another (the
 * decision the request, informing the person the decision).
 */
@Component
class Section35RequestFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return "section35Request";
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    switch (formId) {
      case "section35RequestUnhcr" ->
          RecordedDates.notInTheFuture(values, "unhcrReferredOn", "Referred on").ifPresent(violations::add);
      case "section35RequestForward" ->
          RecordedDates.notInTheFuture(values, "forwardedOn", "Forwarded on").ifPresent(violations::add);
      case "section35RequestDecision" -> {
        RecordedDates.notInTheFuture(values, "permitDecidedOn", "Decided on").ifPresent(violations::add);
        RecordedDates.notBefore(values, "permitDecidedOn", "Decided on", "forwardedOn", "the request was forwarded")
            .ifPresent(violations::add);
      }
      case "section35RequestOtherProtection" -> {
        Object chosen = values.get("otherProtectionChosen");
        if (chosen instanceof String mechanism && "unavailable".equals(values.get(mechanism))) {
          violations.add(new Violation("otherProtectionChosen", "available",
              "Which one: must be one that is available, not one marked not available"));
        }
      }
      case "section35RequestNotEligible" ->
          RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
      case "section35RequestArrangeEntry", "section35RequestNoPermit" -> {
        RecordedDates.notInTheFuture(values, "informedOn", "When they were informed").ifPresent(violations::add);
        RecordedDates.notBefore(values, "informedOn", "When they were informed", "permitDecidedOn", "the decision")
            .ifPresent(violations::add);
      }
      default -> {
        // The form's own rules suffice.
      }
    }
    return violations;
  }
}
