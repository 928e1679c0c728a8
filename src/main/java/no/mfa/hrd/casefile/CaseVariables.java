package no.mfa.hrd.casefile;

import java.util.List;
import java.util.Set;

/**
 * The variables every case carries, set by the service when the case starts. Models use them in
 * expressions (candidate groups "${missionGroup}" and "${deskGroup}"); forms show caseReference.
 * None of them holds personal data.
 */
public final class CaseVariables {

  /** The case reference, equal to the business key, e.g. HRD-2026-00042. */
  public static final String CASE_REFERENCE = "caseReference";
  /** The group of the mission that owns the case, e.g. mission-nairobi. */
  public static final String MISSION_GROUP = "missionGroup";
  /** The country the mission serves, from missionRouting. */
  public static final String MISSION_COUNTRY = "missionCountry";
  /** The country desk that serves the mission, from missionRouting, e.g. desk-africa. */
  public static final String DESK_GROUP = "deskGroup";

  /**
   * The regional hub mission for immigration affairs a case is routed to, e.g. hub-nairobi, where the
   * process consults one. Set by the process's own routing, never inherited: the hub sees the tasks
   * given to it, not the case.
   */
  public static final String HUB_GROUP = "hubGroup";

  /**
   * How the case ended: the outcome its end event is marked with (camunda:property caseOutcome), e.g.
   * consentWithheld. Only outcome end events set it; an escalation branch never does.
   */
  public static final String CASE_OUTCOME = "caseOutcome";

  /** What a process called from a case inherits from it. */
  public static final List<String> INHERITED = List.of(CASE_REFERENCE, MISSION_GROUP, MISSION_COUNTRY, DESK_GROUP);

  /** The variables a model may name as candidate groups ("${deskGroup}"): each holds a role group. */
  public static final Set<String> GROUP_VARIABLES = Set.of(MISSION_GROUP, DESK_GROUP, HUB_GROUP);

  private CaseVariables() {
  }
}
