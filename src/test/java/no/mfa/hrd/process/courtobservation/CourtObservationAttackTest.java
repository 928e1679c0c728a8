package no.mfa.hrd.process.courtobservation;

import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.FIRST_HEARING;
import static no.mfa.hrd.process.courtobservation.CourtObservationSteps.step;
import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.process.demarche.DemarcheSteps;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * What the attack on a running court observation tried, each refused as the client's error over REST,
 * with the case where it was.
 */
@ServiceTest
class CourtObservationAttackTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired TaskService taskService;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  /** Reported, relevant, assessed: the desk's advice is awaited. */
  private RestCase consultationOpen(String mission) {
    RestCase observation = RestCase.open(port, engine, mission, "courtObservation", CourtObservationSteps.START);
    observation.work(mission, "Task_AssessRelevance", CourtObservationSteps.RELEVANT);
    observation.work(mission, "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    observation.runNotifications();
    return observation;
  }

  private String taskId(RestCase observation, String taskKey) {
    return taskService.createTaskQuery().processInstanceBusinessKey(observation.reference())
        .taskDefinitionKey(taskKey).singleResult().getId();
  }

  private Response submit(String user, String taskId, Map<String, Object> values) {
    as(user).post("/task/" + taskId + "/claim", Map.of("userId", user));
    return as(user).post("/task/" + taskId + "/submit-form", variables(values));
  }

  @Test
  void theMissionCannotGiveTheDesksAdviceItselfNorCanAnotherMissionTouchTheCase() {
    RestCase observation = consultationOpen("mission.nairobi");
    String advice = taskId(observation, "Task_Decide");

    assertThat(as("mission.nairobi").post("/task/" + advice + "/claim", Map.of("userId", "mission.nairobi")).code())
        .isEqualTo(403);
    assertThat(as("mission.nairobi").post("/task/" + advice + "/submit-form", variables(step("agree"))).code())
        .isEqualTo(403);
    assertThat(as("mission.bogota").post("/task/" + advice + "/submit-form", variables(step("agree"))).code())
        .isEqualTo(403);
    assertThat(taskService.createTaskQuery().taskId(advice).singleResult().getAssignee()).isNull();
  }

  @Test
  void aStartDateNoTimerCouldWaitForIsRefusedAndOpensNoCase() {
    long cases = engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("courtObservation")
        .count();
    Response started = as("mission.nairobi").post("/process-definition/key/courtObservation/submit-form",
        variables(step("start", "hearingAt", "+300000000-01-01T00:00Z")));

    assertThat(started.code()).isEqualTo(400);
    assertThat(started.body().toString()).contains("hearingAt").doesNotContain("300000000");
    assertThat(engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey("courtObservation")
        .count()).isEqualTo(cases);
  }

  @Test
  void anEmptyStandingProcedureSentBackDoesNotSkipTheProcedureUsed() {
    RestCase observation = consultationOpen("mission.ankara");
    observation.work("desk.europe", "Task_Decide", step("agree"));
    observation.work("mission.ankara", "Task_DecideOnAttendance", step("attend"));
    observation.runNotifications();

    Response refused = submit("mission.ankara", taskId(observation, "Task_InformAuthorities"),
        step("authoritiesInformed", "attendanceProcedure", ""));
    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.body().get("violations").get(0).get("field").asText()).isEqualTo("procedureUsed");
    assertThat(engine.getRuntimeService().getVariable(observation.instanceId(), "attendanceProcedure")).isNull();
  }

  @Test
  void theClerkCannotAnswerForTheAuthoritiesInTheRota() {
    RestCase observation = consultationOpen("mission.nairobi");
    observation.work("desk.africa", "Task_Decide", step("agree"));
    observation.work("mission.nairobi", "Task_DecideOnAttendance", step("attend"));
    observation.work("mission.nairobi", "Task_InformAuthorities", CourtObservationSteps.AUTHORITIES_INFORMED);
    observation.work("mission.nairobi", "Task_RecordAuthoritiesAnswer", step("refusedQuietly"));
    observation.runNotifications();

    Response forged = submit("mission.nairobi", taskId(observation, "Task_AgreeRota"),
        step("rotaNorway", "hearingAt", FIRST_HEARING, "authorityAnswer", "granted"));
    assertThat(forged.code()).isEqualTo(400);
    assertThat(forged.body().get("violations").get(0).get("rule").asText()).isEqualTo("notEditable");
    assertThat(engine.getRuntimeService().getVariable(observation.instanceId(), "authorityAnswer")).isEqualTo("refused");
  }
}
