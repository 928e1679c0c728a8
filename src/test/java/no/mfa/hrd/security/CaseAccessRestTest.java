package no.mfa.hrd.security;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Who sees what of a Nairobi case, through the engine REST API with authorizations on. */
@ServiceTest
class CaseAccessRestTest {

  @LocalServerPort int port;
  @Autowired IdentityService identityService;

  private String processInstanceId;
  private String taskId;

  EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @BeforeEach
  void nairobiOpensACase() {
    Response started = as("mission.nairobi").post("/process-definition/key/caseFileTest/submit-form",
        Map.of("businessKey", "Jane Doe", "variables", variables(Map.of("summary", "s")).get("variables")));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    assertThat(started.body().get("businessKey").asText()).matches("HRD-\\d{4}-\\d{5}");
    processInstanceId = started.body().get("id").asText();
    Response tasks = as("mission.nairobi").get("/task?processInstanceId=" + processInstanceId);
    assertThat(tasks.body()).hasSize(1);
    taskId = tasks.body().get(0).get("id").asText();
  }

  @Test
  void anonymousCallsAndWrongPasswordsGet401() {
    assertThat(EngineRest.anonymous(port).get("/task").code()).isEqualTo(401);
    assertThat(EngineRest.anonymous(port).get("/process-instance/" + processInstanceId).code()).isEqualTo(401);
    assertThat(EngineRest.as(port, "nobody", "demo").get("/task").code()).isEqualTo(401);
    // A wrong password locks the user for a while: use one that no other test needs.
    if (identityService.createUserQuery().userId("locked.out").count() == 0) {
      User user = identityService.newUser("locked.out");
      user.setPassword("the-right-one");
      identityService.saveUser(user);
    }
    assertThat(EngineRest.as(port, "locked.out", "not-the-password").get("/task").code()).isEqualTo(401);
  }

  @Test
  void anotherMissionSeesNothingOfTheCase() {
    assertSeesNothing(as("mission.bogota"));
    assertThat(as("mission.bogota").post("/task/" + taskId + "/claim", Map.of("userId", "mission.bogota")).code())
        .isEqualTo(403);
    assertThat(as("mission.bogota").post("/task/" + taskId + "/submit-form", variables(Map.of("details", "x"))).code())
        .isEqualTo(403);
    assertThat(as("mission.nairobi").get("/task/" + taskId).body().get("assignee").isNull()).isTrue();
  }

  @Test
  void inTasklistAnotherMissionSeesNothingEither() {
    WebappSession bogota = WebappSession.login(port, "tasklist", "mission.bogota", "demo");
    assertThat(bogota.loginStatus()).isEqualTo(200);
    assertThat(bogota.engineGet("/task?processInstanceId=" + processInstanceId).body()).isEqualTo("[]");
    assertThat(bogota.engineGet("/task/" + taskId).statusCode()).isIn(403, 404);
    assertThat(bogota.engineGet("/task/" + taskId + "/form-variables").statusCode()).isIn(403, 404);
    assertThat(bogota.enginePost("/task/" + taskId + "/claim", "{\"userId\":\"mission.bogota\"}").statusCode())
        .isEqualTo(403);

    WebappSession nairobi = WebappSession.login(port, "tasklist", "mission.nairobi", "demo");
    assertThat(nairobi.engineGet("/task?processInstanceId=" + processInstanceId).body()).contains(taskId);
    assertThat(nairobi.engineGet("/task/" + taskId + "/deployed-form").statusCode()).isEqualTo(200);
  }

  @Test
  void aDeskOfAnotherRegionSeesNothing() {
    assertSeesNothing(as("desk.latin-america"));
  }

  @Test
  void theOwningMissionWorksItsTaskAndTheDeskThatServesItReadsTheCase() {
    EngineRest nairobi = as("mission.nairobi");
    assertThat(nairobi.post("/task/" + taskId + "/claim", Map.of("userId", "mission.nairobi")).code()).isEqualTo(204);
    assertThat(nairobi.post("/task/" + taskId + "/submit-form", variables(Map.of("details", "d"))).code()).isEqualTo(204);
    assertThat(nairobi.get("/process-instance/" + processInstanceId + "/variables").body().get("details")
        .get("value").asText()).isEqualTo("d");
    assertThat(nairobi.get("/history/task?processInstanceId=" + processInstanceId).body()).isNotEmpty();

    EngineRest desk = as("desk.africa");
    assertThat(desk.get("/process-instance/" + processInstanceId).code()).isEqualTo(200);
    assertThat(desk.get("/history/process-instance/" + processInstanceId).code()).isEqualTo(200);
    assertThat(desk.get("/task?processInstanceId=" + processInstanceId).body())
        .as("the mission's tasks are not the desk's").isEmpty();
  }

  @Test
  void theHrSectionReadsEveryCaseAndTheAuditorReadsOnlyHistory() {
    EngineRest hr = as("hr.section");
    assertThat(hr.get("/process-instance/" + processInstanceId + "/variables").code()).isEqualTo(200);
    assertThat(hr.get("/history/process-instance/" + processInstanceId).code()).isEqualTo(200);

    EngineRest auditor = as("auditor");
    assertThat(auditor.get("/history/process-instance/" + processInstanceId).code()).isEqualTo(200);
    assertThat(auditor.get("/history/activity-instance?processInstanceId=" + processInstanceId).body()).isNotEmpty();
    assertThat(auditor.get("/process-instance/" + processInstanceId).code()).isIn(403, 404);
    assertThat(auditor.get("/process-instance?processInstanceIds=" + processInstanceId).code()).isEqualTo(403);
    assertThat(auditor.get("/task?processInstanceId=" + processInstanceId).code()).isEqualTo(403);
    assertThat(auditor.post("/process-definition/key/caseFileTest/submit-form", variables(Map.of("summary", "s"))).code())
        .isEqualTo(403);
  }

  private void assertSeesNothing(EngineRest outsider) {
    assertThat(outsider.get("/task?processInstanceId=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/task").body()).noneMatch(task -> task.get("id").asText().equals(taskId));
    assertThat(outsider.get("/task/" + taskId).code()).isIn(403, 404);
    assertThat(outsider.get("/task/" + taskId + "/variables").code()).isIn(403, 404);
    assertThat(outsider.get("/process-instance?processInstanceIds=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/process-instance/" + processInstanceId).code()).isIn(403, 404);
    assertThat(outsider.get("/process-instance/" + processInstanceId + "/variables").code()).isIn(403, 404);
    assertThat(outsider.get("/history/process-instance/" + processInstanceId).code()).isIn(403, 404);
    assertThat(outsider.get("/history/process-instance?processInstanceId=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/history/variable-instance?processInstanceId=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/history/task?processInstanceId=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/history/activity-instance?processInstanceId=" + processInstanceId).body()).isEmpty();
    assertThat(outsider.get("/history/detail?processInstanceId=" + processInstanceId).body()).isEmpty();
  }
}
