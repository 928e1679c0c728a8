package no.mfa.hrd.forms;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/** The forms' rules through REST and Tasklist: 400 naming field and rule, and nothing stored. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class FormRulesRestTest {

  private static final String START = "/process-definition/key/caseFileTest/submit-form";
  private static final String SECRET = "Distinctive-Secret-Value-4711";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private EngineRest nairobi;

  @BeforeEach
  void setUp() {
    nairobi = EngineRest.as(port, "mission.nairobi", "demo");
  }

  @Test
  void anEmptyStartFormIsRefusedAndNoCaseIsOpened() {
    long cases = runtimeService.createProcessInstanceQuery().processDefinitionKey("caseFileTest").count();

    Response refused = nairobi.post(START, Map.of("variables", Map.of()));

    assertThat(refused.code()).isEqualTo(400);
    assertThat(violations(refused)).containsExactly("summary:required");
    assertThat(refused.body().get("message").asText()).contains("Summary is required");
    assertThat(runtimeService.createProcessInstanceQuery().processDefinitionKey("caseFileTest").count())
        .isEqualTo(cases);
  }

  @Test
  void startingWithoutTheFormIsRefused() {
    Response byStaff = nairobi.post("/process-definition/key/caseFileTest/start", variables(Map.of("summary", "s")));

    assertThat(byStaff.code()).as("not on the staff's allowlist").isEqualTo(403);
  }

  @Test
  void crossFieldRulesOfTheProcessApply() {
    Response backwards = nairobi.post(START, variables(Map.of(
        "summary", "s", "arrivalDate", "2026-03-10", "departureDate", "2026-03-01")));
    Response tooLong = nairobi.post(START, variables(Map.of(
        "summary", "s", "arrivalDate", "2026-03-10", "departureDate", "2026-07-01")));
    Response fine = nairobi.post(START, variables(Map.of(
        "summary", "s", "arrivalDate", "2026-03-10", "departureDate", "2026-04-01")));

    assertThat(violations(backwards)).containsExactly("departureDate:afterArrival");
    assertThat(violations(tooLong)).containsExactly("departureDate:stayAtMost90Days");
    assertThat(fine.code()).isEqualTo(200);
    // An optional date left empty is no date: the rules never see an empty text to parse.
    Response noArrival = nairobi.post(START, variables(Map.of(
        "summary", "s", "arrivalDate", "", "departureDate", "2026-04-01")));
    assertThat(noArrival.code()).as(noArrival.body().toString()).isEqualTo(200);
  }

  @Test
  void aBadTaskSubmissionLeavesTheTaskOpenAndTheCaseUnchanged(CapturedOutput output) {
    String instance = nairobi.post(START, variables(Map.of("summary", "s"))).body().get("id").asText();
    String task = nairobi.get("/task?processInstanceId=" + instance).body().get(0).get("id").asText();
    Map<String, Object> before = runtimeService.getVariables(instance);

    Response empty = nairobi.post("/task/" + task + "/submit-form", Map.of("variables", Map.of()));
    Response injected = nairobi.post("/task/" + task + "/submit-form",
        variables(Map.of("details", "fine", "deskGroup", "desk-europe")));
    Response tooLong = nairobi.post("/task/" + task + "/submit-form", variables(Map.of("details", SECRET.repeat(10))));
    Response bypass = nairobi.post("/task/" + task + "/complete", variables(Map.of("details", "fine")));
    Response adminBypass = EngineRest.as(port, "admin", "admin")
        .post("/task/" + task + "/complete", variables(Map.of("details", "fine")));

    assertThat(violations(empty)).containsExactly("details:required");
    assertThat(violations(injected)).containsExactly(FormValidator.UNKNOWN_FIELDS + ":unknownField");
    assertThat(violations(tooLong)).containsExactly("details:maxLength");
    assertThat(bypass.code()).isEqualTo(403);
    assertThat(adminBypass.code()).isEqualTo(400);
    assertThat(adminBypass.body().get("type").asText()).isEqualTo("FormRequiredException");
    assertThat(tooLong.body().toString()).doesNotContain(SECRET);
    assertThat(output.getAll()).doesNotContain(SECRET);

    assertThat(taskService.createTaskQuery().taskId(task).count()).as("the task stays open").isEqualTo(1);
    assertThat(runtimeService.getVariables(instance)).isEqualTo(before);
    assertThat(nairobi.put("/task/" + task + "/variables/deskGroup", Map.of("value", "desk-europe")).code())
        .as("variables cannot be injected around the form").isEqualTo(403);
    assertThat(runtimeService.getVariables(instance)).isEqualTo(before);

    assertThat(nairobi.post("/task/" + task + "/submit-form", variables(Map.of("details", "fine"))).code())
        .isEqualTo(204);
  }

  @Test
  void tasklistGetsTheServersMessageWhenItsOwnCheckIsBypassed() {
    String instance = nairobi.post(START, variables(Map.of("summary", "s"))).body().get("id").asText();
    String task = nairobi.get("/task?processInstanceId=" + instance).body().get(0).get("id").asText();
    WebappSession tasklist = WebappSession.login(port, "tasklist", "mission.nairobi", "demo");

    var refused = tasklist.enginePost("/task/" + task + "/submit-form", "{\"variables\":{}}");

    assertThat(refused.statusCode()).isEqualTo(400);
    assertThat(refused.body()).contains("Details is required (details: required)");
    assertThat(taskService.createTaskQuery().taskId(task).count()).isEqualTo(1);
  }

  private static java.util.List<String> violations(Response response) {
    assertThat(response.code()).as(response.body().toString()).isEqualTo(400);
    java.util.List<String> result = new java.util.ArrayList<>();
    for (JsonNode violation : response.body().path("violations")) {
      result.add(violation.get("field").asText() + ":" + violation.get("rule").asText());
    }
    return result;
  }
}
