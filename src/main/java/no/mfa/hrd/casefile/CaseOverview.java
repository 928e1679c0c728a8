package no.mfa.hrd.casefile;

import java.util.Date;
import java.util.List;

/**
 * One case as a whole: every process run under its reference and its state, the open tasks with their
 * holders and due dates, the current risk level and the outcomes so far. References, roles, steps,
 * codes and dates only: never personal data.
 */
public record CaseOverview(String caseReference, String missionGroup, String deskGroup, String riskLevel,
    String state, List<Process> processes, List<OpenTask> openTasks) {

  /** A process of the case: the case itself, a measure it started, a decision block. */
  public record Process(String id, String processKey, String processName, String calledBy, String state,
      Date startedAt, String startedBy, Date endedAt, String outcome) {}

  /** A task waiting in the case, for its candidate groups or the user who claimed it. */
  public record OpenTask(String id, String taskKey, String name, String processKey, List<String> candidateGroups,
      String assignee, Date createdAt, Date dueAt) {}
}
