package no.mfa.hrd.notification;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The record of every notification. Each write commits on its own, so a delivery that happened stays
 * recorded even when the job that sent it rolls back and is retried: that is what makes a retried
 * job skip what it already sent.
 */
@Repository
public class NotificationOutbox {

  public enum Status { PENDING, SENT, RECORDED, NO_ADDRESS, FAILED }

  public record Entry(String id, Status status) {
    boolean isDone() {
      return status == Status.SENT || status == Status.RECORDED || status == Status.NO_ADDRESS;
    }
  }

  public record Row(String id, String recipientUser, String recipientGroup, String recipientEmail, String template, String step,
      String caseReference, Instant dueDate, Instant createdAt, Instant sentAt, String status, int attempts,
      String lastError) {}

  private final JdbcTemplate jdbc;
  private final TransactionTemplate ownTransaction;
  private final Clock clock;

  public NotificationOutbox(JdbcTemplate jdbc, PlatformTransactionManager transactionManager, Clock clock) {
    this.jdbc = jdbc;
    this.ownTransaction = new TransactionTemplate(transactionManager);
    this.ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    this.clock = clock;
  }

  /** The entry for this key, created as PENDING the first time. */
  public Entry prepare(Notification notification) {
    return ownTransaction.execute(status -> {
      List<Entry> existing = jdbc.query("select id, status from hrd_notification where idempotency_key = ?",
          (rs, i) -> new Entry(rs.getString(1), Status.valueOf(rs.getString(2))), notification.idempotencyKey());
      if (!existing.isEmpty()) {
        return existing.get(0);
      }
      String id = UUID.randomUUID().toString();
      jdbc.update("""
          insert into hrd_notification (id, idempotency_key, recipient_user, recipient_group, recipient_email,
            template, step, case_reference, due_date, created_at, status, attempts)
          values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)""",
          id, notification.idempotencyKey(), notification.recipientUser(), notification.recipientGroup(),
          notification.recipientEmail(),
          notification.template().name(), notification.step(), notification.caseReference(),
          notification.dueDate() == null ? null : Timestamp.from(notification.dueDate()),
          Timestamp.from(clock.instant()), Status.PENDING.name());
      return new Entry(id, Status.PENDING);
    });
  }

  public void markDelivered(String id, Status outcome) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update hrd_notification set status = ?, sent_at = ?, attempts = attempts + 1, last_error = null where id = ?",
        outcome.name(), outcome == Status.SENT ? Timestamp.from(clock.instant()) : null, id));
  }

  public void markFailed(String id, String error) {
    ownTransaction.executeWithoutResult(status -> jdbc.update(
        "update hrd_notification set status = ?, attempts = attempts + 1, last_error = ? where id = ?",
        Status.FAILED.name(), error, id));
  }

  public List<Row> list(String caseReference, int limit) {
    String where = caseReference == null ? "" : " where case_reference = ?";
    Object[] args = caseReference == null ? new Object[] {limit} : new Object[] {caseReference, limit};
    return jdbc.query(SELECT + where + " order by created_at desc fetch first ? rows only", ROW, args);
  }

  /** Every notification of one case, oldest first: the audit trail's. */
  public List<Row> ofCase(String caseReference) {
    return jdbc.query(SELECT + " where case_reference = ? order by created_at", ROW, caseReference);
  }

  private static final String SELECT = """
      select id, recipient_user, recipient_group, recipient_email, template, step, case_reference, due_date,
             created_at, sent_at, status, attempts, last_error
      from hrd_notification""";

  private static final org.springframework.jdbc.core.RowMapper<Row> ROW = (rs, i) -> new Row(
      rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6),
      rs.getString(7), instant(rs.getTimestamp(8)), instant(rs.getTimestamp(9)), instant(rs.getTimestamp(10)),
      rs.getString(11), rs.getInt(12), rs.getString(13));

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }
}
