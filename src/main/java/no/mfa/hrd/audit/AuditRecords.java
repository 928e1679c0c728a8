package no.mfa.hrd.audit;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** What the service records about audits themselves: each read of a case's trail and each erasure. */
@Repository
public class AuditRecords {

  public enum Kind { TRAIL_READ, ERASURE }

  public record Entry(String caseReference, Kind kind, String userId, Instant at, String detail) {}

  private final JdbcTemplate jdbc;
  private final Clock clock;

  public AuditRecords(JdbcTemplate jdbc, Clock clock) {
    this.jdbc = jdbc;
    this.clock = clock;
  }

  /** @param detail never personal data: counts and field names at most */
  public Entry record(String caseReference, Kind kind, String userId, String detail) {
    Entry entry = new Entry(caseReference, kind, userId, clock.instant(), detail);
    jdbc.update("insert into hrd_audit_record (id, case_reference, kind, user_id, recorded_at, detail) values (?, ?, ?, ?, ?, ?)",
        UUID.randomUUID().toString(), caseReference, kind.name(), userId, Timestamp.from(entry.at()), detail);
    return entry;
  }

  public List<Entry> ofCase(String caseReference) {
    return jdbc.query("select case_reference, kind, user_id, recorded_at, detail from hrd_audit_record"
            + " where case_reference = ? order by recorded_at",
        (rs, i) -> new Entry(rs.getString(1), Kind.valueOf(rs.getString(2)), rs.getString(3),
            rs.getTimestamp(4).toInstant(), rs.getString(5)), caseReference);
  }
}
