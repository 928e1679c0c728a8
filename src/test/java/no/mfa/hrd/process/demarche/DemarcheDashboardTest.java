package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The HR section's dashboard ({@code GET /api/dashboard}): a démarche whose approval is past its due date
 * shows as overdue, with its reference, process, desk and days overdue, and no personal data; only the
 * HR section, auditors and administrators read it.
 */
@ServiceTest
class DemarcheDashboardTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private EngineRest api(String user) {
    return EngineRest.as(port, "/api", user, "admin".equals(user) ? "admin" : "demo");
  }

  @Test
  void theHrSectionSeesAnApprovalPastItsDueDateAndNothingPersonal() {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    demarche.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    demarche.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    demarche.work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    demarche.work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    demarche.runNotifications();

    JsonNode onTime = api("hr.section").get("/dashboard").body();
    assertThat(onTime.get("decisionsOverdue").toString()).doesNotContain(demarche.reference());
    assertThat(onTime.get("openByProcess").get("demarche").asLong()).isPositive();
    assertThat(onTime.get("openByMission").get("mission-nairobi").asLong()).isPositive();
    assertThat(onTime.get("openByRiskLevel").get("low").asLong()).isPositive();
    assertThat(onTime.get("perMonth")).hasSize(12);

    ClockUtil.setCurrentTime(Date.from(new Date().toInstant().plus(Duration.ofDays(40))));
    JsonNode late = api("hr.section").get("/dashboard").body();
    List<String> overdue = new ArrayList<>();
    late.get("decisionsOverdue").forEach(decision -> overdue.add(String.join(":", decision.get("caseReference").asText(),
        decision.get("processKey").asText(), decision.get("stepId").asText(), decision.get("deskGroup").asText())));
    assertThat(overdue).contains(demarche.reference() + ":demarche:Task_Decide:desk-africa");
    assertThat(late.get("decisionsOverdue")).filteredOn(decision -> decision.get("caseReference").asText()
        .equals(demarche.reference())).singleElement().satisfies(decision -> {
          assertThat(decision.get("daysOverdue").asLong()).isBetween(30L, 40L);
          assertThat(decision.get("step").asText()).isEqualTo("Decide or advise on the proposal");
        });
    assertThat(late.toString()).doesNotContain(DemarcheSteps.start("demarche").values().stream()
        .filter(value -> value instanceof String text && text.length() > 12).map(Object::toString).toArray(String[]::new));

    for (String reader : List.of("auditor", "admin")) {
      assertThat(api(reader).get("/dashboard").code()).as(reader).isEqualTo(200);
    }
    for (String outsider : List.of("mission.nairobi", "desk.africa", "humanitarian.section", "comms")) {
      assertThat(api(outsider).get("/dashboard").code()).as(outsider).isEqualTo(403);
    }
    assertThat(EngineRest.anonymous(port, "/api").get("/dashboard").code()).isEqualTo(401);
  }
}
