package no.mfa.hrd.audit;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Timestamp;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Repository;

/** The verdicts of ended cases, for the rules' version that gave them (table hrd_conformance). */
@Repository
class ConformanceStore {

  private static final TypeReference<List<Conformance.Verdict>> VERDICTS = new TypeReference<>() {};

  private final JdbcTemplate jdbc;
  private final ObjectMapper json;
  private final Clock clock;

  ConformanceStore(JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
    this.jdbc = jdbc;
    this.json = json;
    this.clock = clock;
  }

  /** Every stored case's verdicts under this version of the rules. */
  Map<String, Conformance.CaseResult> all(String rulesVersion) {
    Map<String, Conformance.CaseResult> stored = new HashMap<>();
    jdbc.query("select case_reference, process_key, verdicts from hrd_conformance where rules_version = ?", row -> {
      stored.put(row.getString(1), new Conformance.CaseResult(row.getString(1), row.getString(2), "ended",
          read(row.getString(3))));
    }, rulesVersion);
    return stored;
  }

  void save(Conformance.CaseResult result, String rulesVersion) {
    String verdicts = write(result.results());
    Timestamp now = Timestamp.from(clock.instant());
    int updated = jdbc.update("update hrd_conformance set rules_version = ?, process_key = ?, verdicts = ?, evaluated_at = ?"
        + " where case_reference = ?", rulesVersion, result.processKey(), verdicts, now, result.caseReference());
    if (updated == 0) {
      try {
        jdbc.update("insert into hrd_conformance (case_reference, rules_version, process_key, verdicts, evaluated_at)"
            + " values (?, ?, ?, ?, ?)", result.caseReference(), rulesVersion, result.processKey(), verdicts, now);
      } catch (DuplicateKeyException storedMeanwhile) {
        // Another node evaluated the same ended case at the same moment: the same verdicts.
      }
    }
  }

  private List<Conformance.Verdict> read(String verdicts) {
    try {
      return json.readValue(verdicts, VERDICTS);
    } catch (JsonProcessingException unreadable) {
      throw new IllegalStateException("Stored verdicts cannot be read", unreadable);
    }
  }

  private String write(List<Conformance.Verdict> verdicts) {
    try {
      return json.writeValueAsString(verdicts);
    } catch (JsonProcessingException unwritable) {
      throw new IllegalStateException("Verdicts cannot be stored", unwritable);
    }
  }
}
