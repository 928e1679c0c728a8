package no.mfa.hrd.casefile;

import java.time.Clock;
import java.time.Year;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.event.ContextRefreshedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Case references such as HRD-2026-00042: unique, sequential within the year, free of personal data.
 *
 * <p>The year's counter row is incremented in the transaction that starts the case, so a start that
 * fails rolls its number back and the sequence has no gaps; the row lock serialises concurrent starts,
 * also across nodes on one database. The rows for this year and the next are created at start-up,
 * so a start never needs a second connection while it holds the lock.
 */
@Component
public class CaseReferences {

  /** The Ministry's year: a case opened on New Year's Eve in Oslo belongs to that year. */
  static final ZoneId MINISTRY_ZONE = ZoneId.of("Europe/Oslo");

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;
  private final String prefix;

  /** Case references as {@link #next()} makes them, whatever the prefix. */
  private static final java.util.regex.Pattern WELL_FORMED = java.util.regex.Pattern.compile("[A-Z]{1,10}-\\d{4}-\\d{5,}");

  /** The refusal of a path or parameter that cannot be a case reference: 400, naming the rule. */
  public static final String MALFORMED = "caseReference: must be a case reference such as HRD-2026-00042";

  public static boolean isWellFormed(String reference) {
    return reference != null && WELL_FORMED.matcher(reference).matches();
  }

  public CaseReferences(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock,
      @Value("${hrd.case-reference.prefix:HRD}") String prefix) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
    this.prefix = prefix;
  }

  @EventListener(ContextRefreshedEvent.class)
  public void prepareCounters() {
    int year = currentYear();
    ensureCounter(year);
    ensureCounter(year + 1);
  }

  /** The next reference; call inside the transaction that starts the case. */
  public String next() {
    int year = currentYear();
    if (increment(year) == 0) {
      // Only when the service has run across two New Years without a restart.
      ensureCounter(year);
      increment(year);
    }
    Integer number = jdbc.queryForObject(
        "select last_number from hrd_case_reference_counter where case_year = ?", Integer.class, year);
    return format(year, number);
  }

  String format(int year, int number) {
    return String.format("%s-%d-%05d", prefix, year, number);
  }

  private int currentYear() {
    return Year.now(clock.withZone(MINISTRY_ZONE)).getValue();
  }

  private int increment(int year) {
    return jdbc.update(
        "update hrd_case_reference_counter set last_number = last_number + 1 where case_year = ?", year);
  }

  private void ensureCounter(int year) {
    try {
      ownTransaction.executeWithoutResult(status -> {
        Integer rows = jdbc.queryForObject(
            "select count(*) from hrd_case_reference_counter where case_year = ?", Integer.class, year);
        if (rows == null || rows == 0) {
          jdbc.update("insert into hrd_case_reference_counter (case_year, last_number) values (?, 0)", year);
        }
      });
    } catch (DuplicateKeyException anotherNodeWasFirst) {
      // the row exists: that is all we need
    }
  }
}
