package no.mfa.hrd.process.courtobservation;

import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.FIRST_HEARING;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.step;
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
 * The main path of a court observation over REST, as the role users do it with authorizations on;
 * another mission and other desks see nothing of the case on the way.
 */
@ServiceTest
class CourtObservationRestTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  /** Another mission, and desks other than the mission's own. */
  private static final String[] OUTSIDERS = {"mission.bogota", "desk.latin-america", "desk.europe"};

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private RestCase observation;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @Test
  void theMissionAndItsDeskObserveATrialAndNobodyElseSeesTheCase() {
    observation = RestCase.open(port, engine, "mission.nairobi", "courtObservation", CourtObservationSteps.START);
    observation.work("mission.nairobi", "Task_AssessRelevance", CourtObservationSteps.RELEVANT);
    observation.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    observation.outsidersSeeNothing(true, OUTSIDERS);

    assertThat(as("mission.nairobi").get("/task?processInstanceBusinessKey=" + observation.reference()).body())
        .as("the advice is the desk's to give").isEmpty();
    observation.work("desk.africa", "Task_Decide", step("agree"));
    observation.work("mission.nairobi", "Task_DecideOnAttendance", step("attend"));
    observation.work("mission.nairobi", "Task_InformAuthorities", CourtObservationSteps.AUTHORITIES_INFORMED);
    observation.work("mission.nairobi", "Task_RecordAuthoritiesAnswer", step("granted"));
    observation.work("mission.nairobi", "Task_AgreeRota", CourtObservationSteps.rota("rotaNorway", FIRST_HEARING));
    observation.fire("Timer_HearingHeld");
    observation.work("mission.nairobi", "Task_RecordObservations", CourtObservationSteps.observed("verdict"));
    observation.work("mission.nairobi", "Task_ReportToMinistry", step("reportNone"));
    observation.work("desk.africa", "Task_AcknowledgeReport", step("acknowledged"));
    observation.work("mission.nairobi", "Task_InformDefender", CourtObservationSteps.INFORMED);
    observation.runNotifications();
    observation.outsidersSeeNothing(false, OUTSIDERS);

    JsonNode history = as("desk.africa").get("/history/process-instance/" + observation.instanceId()).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey").asText()).isEqualTo(observation.reference());
    assertThat(as("mission.nairobi").get("/history/variable-instance?processInstanceId=" + observation.instanceId()
        + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("trialObserved");
  }
}
