package no.mfa.hrd.process.courtobservation;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;

/**
 * The court observation's hearings. Dates and times are kept as the forms record them: the local time
 * entered at the mission, with the offset of the browser it was entered in.
 */
final class Hearing {

  /** The next hearing, set at the start and by the rota; the hearing timer waits for it. */
  static final String AT = "hearingAt";
  /** The date an adjourned hearing gave for the next one. */
  static final String NEXT_AT = "nextHearingAt";
  static final String OUTCOME = "hearingOutcome";
  static final String ADJOURNED = "adjourned";

  /** The hearing an adjournment came from: the next one must come after it. */
  static final String PREVIOUS_AT = "previousHearingAt";
  static final String OBSERVATIONS_FORM = "courtObservationObservations";

  private Hearing() {
  }

  /** What the observations form lets the mission record about a hearing: its own fields, as deployed. */
  static List<String> observationFields(DelegateExecution execution, DeployedForms deployedForms) {
    return deployedForms.of(execution, OBSERVATIONS_FORM).answerKeys();
  }


  /** @return the instant, or null for no value or one that is not a date and time with an offset */
  static Instant instant(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException notADateTime) {
      return null;
    }
  }

}
