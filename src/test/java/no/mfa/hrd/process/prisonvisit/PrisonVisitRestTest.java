package no.mfa.hrd.process.prisonvisit;

import static no.mfa.hrd.process.prisonvisit.PrisonVisitSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.process.demarche.DemarcheSteps;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a prison visit over REST, as the role users do it with authorizations on; another
 * mission and other desks see nothing of the case on the way.
 */
@ServiceTest
class PrisonVisitRestTest {

  /** Another mission, and desks other than the mission's own. */
  private static final String[] OUTSIDERS = {"mission.bogota", "desk.latin-america", "desk.europe"};

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theMissionAndItsDeskVisitADetainedDefenderUntilTheReleaseAndNobodyElseSeesTheCase() {
    RestCase visit = RestCase.open(port, engine, "mission.nairobi", "prisonVisit", PrisonVisitSteps.START);
    visit.work("mission.nairobi", "Task_AssessImpact", PrisonVisitSteps.IMPACT);
    visit.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    visit.outsidersSeeNothing(true, OUTSIDERS);

    visit.work("desk.africa", "Task_Decide", step("agree"));
    visit.work("mission.nairobi", "Task_RequestPermission", PrisonVisitSteps.REQUEST);
    visit.work("mission.nairobi", "Task_RecordAnswer", step("granted"));
    visit.work("mission.nairobi", "Task_VisitDefender", PrisonVisitSteps.VISITED);
    visit.work("desk.africa", "Task_AcknowledgeReport", step("ackNone"));
    visit.runNotifications();
    visit.work("mission.nairobi", "Task_RecordRelease", PrisonVisitSteps.RELEASED);
    visit.runNotifications();
    visit.outsidersSeeNothing(false, OUTSIDERS);

    EngineRest desk = EngineRest.as(port, "desk.africa", "demo");
    JsonNode history = desk.get("/history/process-instance/" + visit.instanceId()).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey").asText()).isEqualTo(visit.reference());
    assertThat(EngineRest.as(port, "mission.nairobi", "demo").get("/history/variable-instance?processInstanceId="
        + visit.instanceId() + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("released");
  }
}
