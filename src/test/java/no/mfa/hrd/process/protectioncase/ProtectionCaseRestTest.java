package no.mfa.hrd.process.protectioncase;

import static no.mfa.hrd.process.protectioncase.ProtectionCaseSteps.measureStep;
import static no.mfa.hrd.process.protectioncase.ProtectionCaseSteps.step;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.ArrayList;
import java.util.List;
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
 * A protection case over REST as the role users work it, with authorizations on, and the case as one
 * ({@code GET /api/cases/{reference}}): read by the mission, its desk, the HR section and auditors;
 * the same 404 for everyone else, the hub the case consults included, and for a reference that does
 * not exist.
 */
@ServiceTest
class ProtectionCaseRestTest {

  private static final String[] OUTSIDERS = {"mission.bogota", "comms", "desk.europe"};

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private EngineRest api(String user) {
    return EngineRest.as(port, "/api", user, "admin".equals(user) ? "admin" : "demo");
  }

  @Test
  void theMissionAndTheDeskStartMeasuresSideBySideAndOnlyThoseWhoReadTheCaseSeeItAsOne() {
    RestCase protection = RestCase.open(port, engine, "mission.nairobi", "protectionCase", ProtectionCaseSteps.START);
    assertThat(protection.reference()).matches("HRD-\\d{4}-\\d{5}");
    protection.work("mission.nairobi", "Task_CheckDefender", step("fitsDefinition"));
    protection.work("mission.nairobi", "Task_AssessRisk", step("highRisk"));
    protection.work("mission.nairobi", "Task_ChooseMeasures",
        step("threeMeasures", "measures", List.of("visaReferral", "specialRapporteur")));
    protection.work("desk.africa", "Task_Decide", step("agree"));
    protection.work("mission.nairobi", "Task_PrepareVisaReferral", measureStep("visaReferral", "start"));
    protection.work("mission.nairobi", "Task_ContactMechanism", step("mechanism"));
    protection.runNotifications();
    protection.outsidersSeeNothing(true, OUTSIDERS);

    JsonNode overview = api("mission.nairobi").get("/cases/" + protection.reference()).body();
    assertThat(overview.get("caseReference").asText()).isEqualTo(protection.reference());
    assertThat(overview.get("missionGroup").asText()).isEqualTo("mission-nairobi");
    assertThat(overview.get("deskGroup").asText()).isEqualTo("desk-africa");
    assertThat(overview.get("riskLevel").asText()).isEqualTo("high");
    assertThat(overview.get("state").asText()).isEqualTo("running");
    List<String> processes = new ArrayList<>();
    overview.get("processes").forEach(process -> processes.add(process.get("processKey").asText() + ":"
        + process.get("state").asText() + ":" + process.get("outcome").asText()));
    assertThat(processes).containsExactly("protectionCase:running:null", "ministryDecision:completed:agreed",
        "visaReferral:running:null");
    List<String> openTasks = new ArrayList<>();
    overview.get("openTasks").forEach(task -> openTasks.add(task.get("processKey").asText() + ":"
        + task.get("taskKey").asText() + ":" + task.get("candidateGroups").toString()));
    assertThat(openTasks).containsExactly("visaReferral:Task_AssessRisk:[\"mission-nairobi\"]");
    assertThat(overview.toString()).as("references, roles, steps and codes only")
        .doesNotContain("Grace", "Heron", "Mombasa", "Coast Land", "Signal");

    for (String reader : List.of("desk.africa", "hr.section", "admin")) {
      assertThat(api(reader).get("/cases/" + protection.reference()).body()).as(reader).isEqualTo(overview);
    }
    // Auditors read cases that have ended, as they read history only.
    for (String outsider : List.of("mission.bogota", "desk.europe", "hub.nairobi", "humanitarian.section", "comms", "auditor")) {
      EngineRest.Response refused = api(outsider).get("/cases/" + protection.reference());
      assertThat(refused.code()).as(outsider).isEqualTo(404);
      assertThat(refused.body().toString()).doesNotContain("protectionCase", "visaReferral");
    }
    assertThat(api("mission.nairobi").get("/cases/HRD-1999-99999").code()).as("no such case").isEqualTo(404);
    EngineRest.Response malformed = api("mission.nairobi").get("/cases/x' or 1=1");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.body().toString()).contains("caseReference");
    assertThat(EngineRest.anonymous(port, "/api").get("/cases/" + protection.reference()).code()).isEqualTo(401);
  }

  @Test
  void auditorsReadACaseAsOneOnceItHasEnded() {
    RestCase ended = RestCase.open(port, engine, "mission.nairobi", "protectionCase", ProtectionCaseSteps.START);
    ended.work("mission.nairobi", "Task_CheckDefender", step("notADefender"));

    JsonNode overview = api("auditor").get("/cases/" + ended.reference()).body();
    assertThat(overview.get("state").asText()).isEqualTo("completed");
    assertThat(overview.get("processes").get(0).get("outcome").asText()).isEqualTo("notADefender");
    assertThat(overview.get("openTasks")).isEmpty();
    assertThat(api("mission.bogota").get("/cases/" + ended.reference()).code()).isEqualTo(404);
  }
}
