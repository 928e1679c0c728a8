package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a démarche over REST, as the role users do it with authorizations on; another
 * mission and another desk see nothing of the case on the way.
 */
@ServiceTest
class DemarcheRestTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  /** Another mission, and desks other than the mission's own. */
  private static final String[] OUTSIDERS = {"mission.bogota", "desk.latin-america", "desk.europe"};

  @LocalServerPort int port;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine engine;

  private RestCase demarche;
  private String instanceId;
  private String reference;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @Test
  void theMissionAndItsDeskWalkTheMainPathAndNobodyElseSeesTheCase() {
    demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    instanceId = demarche.instanceId();
    reference = demarche.reference();

    demarche.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    demarche.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    demarche.work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    demarche.work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    demarche.outsidersSeeNothing(true, OUTSIDERS);

    assertThat(as("mission.nairobi").get("/task?processInstanceId=" + instanceId).body())
        .as("the approval is the desk's, not the mission's").isEmpty();
    demarche.work("desk.africa", "Task_Decide", DemarcheSteps.approval("approve"));
    demarche.work("mission.nairobi", "Task_DeliverReaction", DemarcheSteps.DELIVERED);
    demarche.work("mission.nairobi", "Task_InformDefender", DemarcheSteps.informed("no"));
    demarche.work("mission.nairobi", "Task_ReportOnEffect", DemarcheSteps.REPORTED);
    demarche.work("desk.africa", "Task_AcknowledgeReport", DemarcheSteps.acknowledged("doNotPublish"));
    demarche.runNotifications();
    demarche.outsidersSeeNothing(false, OUTSIDERS);

    JsonNode history = as("desk.africa").get("/history/process-instance/" + instanceId).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey").asText()).isEqualTo(reference);
    assertThat(as("mission.nairobi").get("/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("reactionDelivered");
  }
}
