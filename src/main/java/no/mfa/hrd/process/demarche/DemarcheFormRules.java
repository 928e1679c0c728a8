package no.mfa.hrd.process.demarche;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.forms.ProcessFormRules;
import no.mfa.hrd.forms.Violation;
import org.springframework.stereotype.Component;

/**
 * What the démarche's forms cannot say alone: the reaction is delivered as it was coordinated and
 * consented to, and a renewed consent comes after the first.
 */
@Component
class DemarcheFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return "demarche";
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    if ("demarcheDeliver".equals(formId) && "yes".equals(values.get("consentStands"))
        && values.get("deliveredJointlyWith") instanceof List<?> jointly && !jointly.isEmpty()) {
      if ("alone".equals(values.get("coordinationOutcome"))) {
        violations.add(new Violation("deliveredJointlyWith", "asConsented", "Jointly with: the reaction was agreed, and"
            + " consented to, as Norway alone; delivering it jointly needs the defender's consent first"));
      } else if (!(values.get("likemindedMissions") instanceof List<?> coordinated) || !coordinated.containsAll(jointly)) {
        violations.add(new Violation("deliveredJointlyWith", "asCoordinated",
            "Jointly with: only the missions the reaction was coordinated with"));
      }
    }
    if ("demarcheConfirmConsent".equals(formId)
        && before(values.get("consentConfirmedOn"), values.get("consentDate"))) {
      violations.add(new Violation("consentConfirmedOn", "afterFirstConsent",
          "When: the renewed consent cannot come before the first one"));
    }
    return violations;
  }

  private static boolean before(Object date, Object other) {
    if (!(date instanceof String text) || !(other instanceof String otherText)) {
      return false;
    }
    try {
      return LocalDate.parse(text).isBefore(LocalDate.parse(otherText));
    } catch (DateTimeParseException notADate) {
      return false;
    }
  }
}
