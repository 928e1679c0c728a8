package no.mfa.hrd.process.courtobservation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The court observation's hearing dates, as the forms record them: the court's local time with its offset. */
final class Hearing {

  /** The next hearing, set at the start and by the rota; the hearing timer waits for it. */
  static final String AT = "hearingAt";
  /** The date an adjourned hearing gave for the next one. */
  static final String NEXT_AT = "nextHearingAt";
  static final String OUTCOME = "hearingOutcome";
  static final String ADJOURNED = "adjourned";

  private Hearing() {
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

  /** @return the date, or null for no value or one that is not a date */
  static LocalDate date(Object value) {
    if (!(value instanceof String text)) {
      return null;
    }
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException notADate) {
      return null;
    }
  }
}
