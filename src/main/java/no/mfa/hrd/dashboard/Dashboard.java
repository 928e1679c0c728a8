package no.mfa.hrd.dashboard;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * What the HR section, auditors and administrators see at a glance: open cases by process, mission and
 * risk level, the Ministry's decisions that are overdue (oldest first), cases opened and closed per month,
 * and open incidents. References, groups, steps, levels and dates only: never personal data.
 */
public record Dashboard(Instant at, Map<String, Long> openByProcess, Map<String, Long> openByMission,
    Map<String, Long> openByRiskLevel, List<OverdueDecision> decisionsOverdue, List<Month> perMonth,
    List<OpenIncident> openIncidents) {

  /** A decision or advice of the Ministry past its due date. */
  public record OverdueDecision(String caseReference, String processKey, String stepId, String step, String deskGroup,
      Instant due, long daysOverdue) {}

  /** Cases opened and closed in a month (Oslo time), e.g. "2026-11". */
  public record Month(String month, long opened, long closed) {}

  /** An incident: where it stands and since when; never its message. */
  public record OpenIncident(String caseReference, String processKey, String activityId, String type, Instant since) {}
}
