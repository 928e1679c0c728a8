package no.mfa.hrd.casefile;

import static no.mfa.hrd.casefile.CaseVariables.CASE_REFERENCE;
import static no.mfa.hrd.casefile.CaseVariables.DESK_GROUP;
import static no.mfa.hrd.casefile.CaseVariables.MISSION_COUNTRY;
import static no.mfa.hrd.casefile.CaseVariables.MISSION_GROUP;

import java.util.List;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.camunda.bpm.engine.impl.context.Context;
import org.springframework.stereotype.Component;

/**
 * Opens the case file when any process instance starts (registered on every process by
 * {@link CaseFileParseListener}):
 * <ul>
 *   <li>a case started by staff gets a new case reference as business key, whatever the client sent,
 *       and belongs to the starting user's mission and the desk that serves it;</li>
 *   <li>a process called from a case inherits the case's reference, mission and desk;</li>
 *   <li>the mission and the desk are granted read access to this instance and its history.</li>
 * </ul>
 */
@Component
public class CaseStartListener implements ExecutionListener {

  private final CaseReferences caseReferences;
  private final MissionRouting missionRouting;

  public CaseStartListener(CaseReferences caseReferences, MissionRouting missionRouting) {
    this.caseReferences = caseReferences;
    this.missionRouting = missionRouting;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // Internal steps (routing, grants) must not depend on what the starting user may do.
    Context.getCommandContext().runWithoutAuthorization(() -> {
      DelegateExecution caller = execution.getSuperExecution();
      if (caller != null) {
        inheritCase(execution, caller);
      } else {
        openCase(execution);
      }
      CaseAccess.grantStarting(execution, (String) execution.getVariable(MISSION_GROUP),
          (String) execution.getVariable(DESK_GROUP));
      return null;
    });
  }

  private void openCase(DelegateExecution execution) {
    String missionGroup = startingMission(execution);
    MissionRouting.Route route = missionRouting.route(
        execution.getProcessEngineServices().getDecisionService(), missionGroup);
    String reference = caseReferences.next();
    execution.setProcessBusinessKey(reference);
    execution.setVariable(CASE_REFERENCE, reference);
    execution.setVariable(MISSION_GROUP, missionGroup);
    execution.setVariable(MISSION_COUNTRY, route.country());
    execution.setVariable(DESK_GROUP, route.deskGroup());
  }

  private void inheritCase(DelegateExecution execution, DelegateExecution caller) {
    execution.setProcessBusinessKey(caller.getProcessBusinessKey());
    for (String name : CaseVariables.INHERITED) {
      execution.setVariable(name, caller.getVariable(name));
    }
  }

  /** The mission comes from the starting user's groups: nobody types it. */
  private String startingMission(DelegateExecution execution) {
    Authentication authentication =
        execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    List<String> missions = authentication == null || authentication.getGroupIds() == null
        ? List.of()
        : authentication.getGroupIds().stream().filter(Role.MISSION::matches).toList();
    if (missions.size() != 1) {
      throw new CaseFileException(missions.isEmpty()
          ? "A case is opened by mission staff: the starting user belongs to no mission group"
          : "The starting user belongs to several missions; the case's mission is ambiguous");
    }
    return missions.get(0);
  }
}
