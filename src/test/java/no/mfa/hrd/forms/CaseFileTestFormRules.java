package no.mfa.hrd.forms;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The test model's cross-field rules: a stay ends after it begins and lasts at most 90 days. */
@Component
class CaseFileTestFormRules implements ProcessFormRules {

  @Override
  public String processKey() {
    return "caseFileTest";
  }

  @Override
  public List<Violation> check(String formId, Map<String, Object> values) {
    List<Violation> violations = new ArrayList<>();
    if (values.get("arrivalDate") instanceof String arrival && values.get("departureDate") instanceof String departure) {
      LocalDate from = LocalDate.parse(arrival);
      LocalDate to = LocalDate.parse(departure);
      if (!to.isAfter(from)) {
        violations.add(new Violation("departureDate", "afterArrival", "Departure must come after the arrival"));
      } else if (ChronoUnit.DAYS.between(from, to) > 90) {
        violations.add(new Violation("departureDate", "stayAtMost90Days", "The stay must be at most 90 days"));
      }
    }
    return violations;
  }
}
