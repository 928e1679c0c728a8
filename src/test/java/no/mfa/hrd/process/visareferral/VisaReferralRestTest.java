package no.mfa.hrd.process.visareferral;

import static no.mfa.hrd.process.visareferral.VisaReferralSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a visa referral over REST, as the role users do it with authorizations on: the hub
 * the case is routed to sees the application in its own task, and nothing of the case beyond it;
 * another mission, other hubs and other desks see nothing at all.
 */
@ServiceTest
class VisaReferralRestTest {

  /** Another mission, the hubs the case is not routed to, and desks other than the mission's own. */
  private static final String[] OUTSIDERS = {"mission.bogota", "hub.ankara", "hub.new-york", "desk.latin-america"};

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @Test
  void theMissionAndTheHubForTheCountryOfResidenceObtainAVisaAndNobodyElseSeesTheCase() {
    RestCase referral = RestCase.open(port, engine, "mission.nairobi", "visaReferral", VisaReferralSteps.START);
    referral.work("mission.nairobi", "Task_AssessRisk", VisaReferralSteps.RISK);
    referral.work("mission.nairobi", "Task_PlanTripSecurity", VisaReferralSteps.TRIP_SECURITY);
    referral.runNotifications();
    referral.outsidersSeeNothing(true, OUTSIDERS);

    EngineRest hub = referral.as("hub.nairobi");
    JsonNode task = hub.get("/task?processInstanceBusinessKey=" + referral.reference()).body().get(0);
    JsonNode shown = hub.get("/task/" + task.get("id").asText() + "/form-variables").body();
    assertThat(shown.get("applicantPseudonym").get("value").asText()).isEqualTo(VisaReferralSteps.START.get("applicantPseudonym"));
    referral.work("hub.nairobi", "Task_AssessApplication", step("assessed"));
    referral.work("hub.nairobi", "Task_RecordSchengenDecision", step("schengenIssued"));
    assertThat(hub.get("/process-instance?businessKey=" + referral.reference()).body()).as("the hub sees its tasks, not the case")
        .isEmpty();
    assertThat(hub.get("/process-instance/" + referral.instanceId() + "/variables").code()).isEqualTo(403);

    referral.work("mission.nairobi", "Task_InformApplicant", VisaReferralSteps.INFORMED);
    referral.work("mission.nairobi", "Task_FollowUpTrip", step("tripMade"));
    referral.outsidersSeeNothing(false, OUTSIDERS);

    EngineRest mission = EngineRest.as(port, "mission.nairobi", "demo");
    JsonNode history = mission.get("/history/process-instance/" + referral.instanceId()).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(mission.get("/history/variable-instance?processInstanceId=" + referral.instanceId()
        + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("tripMade");
  }
}
