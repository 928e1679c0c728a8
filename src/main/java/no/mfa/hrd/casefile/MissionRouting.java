package no.mfa.hrd.casefile;

import java.util.Map;
import no.mfa.hrd.identity.Role;
import org.camunda.bpm.dmn.engine.DmnDecisionResultEntries;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * Which country a mission serves and which desk approves its cases. The table is the DMN decision
 * {@code missionRouting} in processes/, maintained by the Ministry in Camunda Modeler.
 */
@Component
public class MissionRouting {

  public static final String DECISION_KEY = "missionRouting";
  static final String INPUT_MISSION = "missionCode";
  static final String OUTPUT_COUNTRY = "country";
  static final String OUTPUT_DESK = "deskGroup";

  public record Route(String country, String deskGroup) {}

  public Route route(DecisionService decisions, String missionGroup) {
    String missionCode = Role.MISSION.codeOf(missionGroup);
    DmnDecisionResultEntries result = decisions.evaluateDecisionByKey(DECISION_KEY)
        .variables(Map.of(INPUT_MISSION, missionCode))
        .evaluate()
        .getSingleResult();
    if (result == null) {
      throw new CaseFileException("No desk is configured for " + missionGroup + " in " + DECISION_KEY);
    }
    String desk = result.getEntry(OUTPUT_DESK);
    if (!Role.DESK.matches(desk)) {
      throw new CaseFileException(DECISION_KEY + " routes " + missionGroup + " to a group that is not a desk");
    }
    return new Route(result.getEntry(OUTPUT_COUNTRY), desk);
  }
}
