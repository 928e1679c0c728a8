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
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a visa referral over REST, as the role users do it with authorizations on: the hub
 * the case is routed to sees the application in its own task (what its form shows), and nothing of
 * the case beyond it;
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
    // Need to know: the application, not the mission's risk assessment or the agreed security measures.
    assertThat(shown.has("securityMeasures")).isFalse();
    assertThat(shown.has("previousThreatsDetails")).isFalse();
    assertThat(shown.has("riskLevel")).isFalse();
    // Nor by the way round: no query by the case's variables, no variables returned with the task.
    assertThat(hub.get("/task?processInstanceBusinessKey=" + referral.reference() + "&withTaskVariablesInReturn=true").code())
        .isEqualTo(403);
    assertThat(hub.get("/task?processVariables=applicantName_like_A%25").code()).isEqualTo(403);
    String filter = hub.get("/filter").body().get(0).get("id").asText();
    // Tasklist's own list call, with its empty variable filters, shows the hub its task.
    JsonNode listed = hub.post("/filter/" + filter + "/list", java.util.Map.of("processVariables", java.util.List.of(),
        "taskVariables", java.util.List.of(), "caseInstanceVariables", java.util.List.of(),
        "sorting", java.util.List.of(java.util.Map.of("sortBy", "created", "sortOrder", "desc")))).body();
    assertThat(listed.findValuesAsText("id")).contains(task.get("id").asText());
    assertThat(hub.post("/filter/" + filter + "/count", java.util.Map.of("processVariables",
        java.util.List.of(java.util.Map.of("name", "riskLevel", "operator", "eq", "value", "high")))).code()).isEqualTo(403);
    assertThat(hub.post("/task/" + task.get("id").asText() + "/submit-form", java.util.Map.of("variables", java.util.Map.of(),
        "withVariablesInReturn", true)).code()).as("nor the case in return for completing the task").isEqualTo(403);
    referral.work("hub.nairobi", "Task_AssessApplication", step("assessed"));
    referral.work("hub.nairobi", "Task_RecordSchengenDecision", step("schengenIssued"));
    assertThat(hub.get("/process-instance?businessKey=" + referral.reference()).body()).as("the hub sees its tasks, not the case")
        .isEmpty();
    assertThat(hub.get("/process-instance/" + referral.instanceId() + "/variables").code()).isEqualTo(403);
    // Its finished tasks open no door to the case's history.
    assertThat(hub.get("/history/variable-instance?processInstanceId=" + referral.instanceId()).body()).isEmpty();
    assertThat(hub.get("/history/detail?processInstanceId=" + referral.instanceId()).body()).isEmpty();

    referral.work("mission.nairobi", "Task_InformApplicant", VisaReferralSteps.INFORMED);
    // After the trip (the engine's clock, in this same JVM).
    ClockUtil.setCurrentTime(java.util.Date.from(java.time.LocalDate.parse((String) VisaReferralSteps.START.get("plannedExit"))
        .atStartOfDay(java.time.ZoneOffset.UTC).plusDays(1).toInstant()));
    try {
      referral.work("mission.nairobi", "Task_FollowUpTrip", step("tripMade"));
    } finally {
      ClockUtil.reset();
    }
    referral.outsidersSeeNothing(false, OUTSIDERS);

    EngineRest mission = EngineRest.as(port, "mission.nairobi", "demo");
    JsonNode history = mission.get("/history/process-instance/" + referral.instanceId()).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(mission.get("/history/variable-instance?processInstanceId=" + referral.instanceId()
        + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("tripMade");
  }
}
