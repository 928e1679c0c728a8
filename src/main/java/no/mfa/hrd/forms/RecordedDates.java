package no.mfa.hrd.forms;

import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Cross-field rules on the dates a mission records of what was done (sent, answered, visited,
 * informed), for a process's {@link ProcessFormRules}: such a date lies today or before (engine
 * time, in the time zone whose day starts first), and an answer comes after its request. Dates of
 * what is planned lie after today, and a period may have a longest length.
 */
public final class RecordedDates {

  private static final ZoneOffset LATEST_ZONE = ZoneOffset.ofHours(14);

  private RecordedDates() {
  }

  /** @return a violation when the field holds a date after today */
  public static Optional<Violation> notInTheFuture(Map<String, Object> values, String field, String label) {
    LocalDate date = date(values.get(field));
    LocalDate today = latestToday();
    return date != null && date.isAfter(today)
        ? Optional.of(new Violation(field, "notInFuture", label + ": cannot lie in the future"))
        : Optional.empty();
  }

  /** @return a violation when the field holds a date that is not after today (a date set for what is still to come) */
  public static Optional<Violation> afterToday(Map<String, Object> values, String field, String label) {
    LocalDate date = date(values.get(field));
    LocalDate today = LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), ZoneOffset.UTC);
    return date != null && !date.isAfter(today)
        ? Optional.of(new Violation(field, "afterToday", label + ": must lie after today"))
        : Optional.empty();
  }

  /** @return a violation when the field holds a date before the other field's */
  public static Optional<Violation> notBefore(Map<String, Object> values, String field, String label, String earlier,
      String earlierWhat) {
    LocalDate date = date(values.get(field));
    LocalDate before = date(values.get(earlier));
    return date != null && before != null && date.isBefore(before)
        ? Optional.of(new Violation(field, "after" + Character.toUpperCase(earlier.charAt(0)) + earlier.substring(1),
            label + ": cannot come before " + earlierWhat))
        : Optional.empty();
  }

  /**
   * @return a violation when the period from the first field's date to the last field's is longer than
   *     the days allowed, both days counted (a stay from the 1st to the 3rd is three days)
   */
  public static Optional<Violation> spanAtMost(Map<String, Object> values, String first, String last, String label,
      int days) {
    LocalDate from = date(values.get(first));
    LocalDate until = date(values.get(last));
    return from != null && until != null && until.isAfter(from.plusDays(days - 1L))
        ? Optional.of(new Violation(last, "atMost" + days + "Days", label + ": at most " + days + " days"))
        : Optional.empty();
  }

  /**
   * @return a violation of the answer field when it says something happened ("yes") while the date it
   *     was planned for is still to come
   */
  public static Optional<Violation> happenedNotBefore(Map<String, Object> values, String answer, String label,
      String plannedField, String plannedWhat) {
    LocalDate planned = date(values.get(plannedField));
    LocalDate today = latestToday();
    return "yes".equals(values.get(answer)) && planned != null && planned.isAfter(today)
        ? Optional.of(new Violation(answer, "notBefore" + Character.toUpperCase(plannedField.charAt(0))
            + plannedField.substring(1), label + ": not before " + plannedWhat))
        : Optional.empty();
  }

  /** Today where the day starts first (UTC+14): a mission east of Oslo may already record today's date. */
  private static LocalDate latestToday() {
    return LocalDate.ofInstant(ClockUtil.getCurrentTime().toInstant(), LATEST_ZONE);
  }

  /** @return the date, or null for no value or one that is not a date */
  public static LocalDate date(Object value) {
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
