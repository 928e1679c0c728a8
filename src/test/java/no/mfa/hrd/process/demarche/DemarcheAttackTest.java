package no.mfa.hrd.process.demarche;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import no.mfa.hrd.support.WebappSession;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The case's own users attack a démarche waiting for the desk's approval, through /engine-rest and
 * the webapps' engine API: each way around the forms and the grants is refused, and the case is
 * exactly where it was (same open task, same variables, same grants).
 */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class DemarcheAttackTest {

  private static final String SECOND_DESK_OFFICER = "desk.africa.deputy";

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;
  @Autowired ManagementService managementService;
  @Autowired ProcessEngine engine;
  @Autowired AuthorizationService authorizationService;
  @Autowired IdentityService identityService;

  private RestCase demarche;
  private String instanceId;
  private String approvalTaskId;

  /** What an attack must leave untouched. */
  private record CaseState(List<String> openTasks, Map<String, String> variables, long grants) {
  }

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @BeforeEach
  void aDemarcheWaitsForTheDesksApproval() {
    demarche = RestCase.open(port, engine, "mission.nairobi", "demarche",
        DemarcheSteps.start("demarche"));
    instanceId = demarche.instanceId();
    demarche.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    demarche.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    demarche.work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    demarche.work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    demarche.runNotifications();
    approvalTaskId = taskService.createTaskQuery().processInstanceBusinessKey(demarche.reference())
        .taskDefinitionKey("Task_Decide").singleResult().getId();
  }

  @Test
  void nobodyOpensACaseAtItsDeliveryAroundTheStartForm() {
    long cases = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> skipToDelivery = Map.of(
        "variables", Map.of("hrdFormSubmitted", Map.of("value", true)),
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_DeliverReaction")));
    Map<String, Object> skipToPublication = Map.of(
        "startInstructions", List.of(Map.of("type", "startBeforeActivity", "activityId", "Task_PublishStatement")));

    assertThat(as("mission.nairobi").post("/process-definition/key/demarche/start", skipToDelivery).code())
        .isEqualTo(403);
    assertThat(as("mission.nairobi").post("/process-definition/key/publicStatement/start", skipToPublication).code())
        .isEqualTo(403);
    WebappSession tasklist = WebappSession.login(port, "tasklist", "mission.nairobi", "demo");
    String definition = as("mission.nairobi").get("/process-definition/key/demarche").body().get("id").asText();
    assertThat(tasklist.engine("POST", "/process-definition/" + definition + "/start",
        "{\"startInstructions\":[{\"type\":\"startBeforeActivity\",\"activityId\":\"Task_DeliverReaction\"}]}")
        .statusCode()).isEqualTo(403);

    // An administrator who also belongs to a mission passes the boundary and the case file: the engine
    // itself still refuses a start that did not go through the form.
    asMissionAdmin(admin -> {
      Response byAdmin = admin.post("/process-definition/key/demarche/start", skipToDelivery);
      assertThat(byAdmin.code()).as(byAdmin.body().toString()).isEqualTo(400);
      assertThat(byAdmin.body().get("type").asText()).isEqualTo("FormRequiredException");
    });
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(cases);
  }

  /**
   * An administrator who also belongs to a mission passes the boundary, the authorizations and the
   * case file: what is still refused then, the engine itself refuses.
   */
  private void asMissionAdmin(java.util.function.Consumer<EngineRest> attempt) {
    User missionAdmin = identityService.newUser("mission.admin");
    missionAdmin.setPassword("demo");
    identityService.saveUser(missionAdmin);
    identityService.createMembership("mission.admin", "camunda-admin");
    identityService.createMembership("mission.admin", "mission-nairobi");
    try {
      attempt.accept(as("mission.admin"));
    } finally {
      identityService.deleteUser("mission.admin");
    }
  }

  @Test
  void nobodyOpensAMinistryDecisionOrAStatementOfTheirOwn() {
    long cases = runtimeService.createProcessInstanceQuery().count();
    Map<String, Object> forged = Map.of("variables", Map.of("ministryDecision", Map.of("value", "approve"),
        "decisionForm", Map.of("value", "demarcheApprove"), "deskGroup", Map.of("value", "desk-africa")));
    for (String processKey : List.of("ministryDecision", "publicStatement")) {
      for (String user : List.of("mission.nairobi", "desk.africa", "hr.section")) {
        assertThat(as(user).post("/process-definition/key/" + processKey + "/submit-form", forged).code())
            .as("%s opens %s", user, processKey).isEqualTo(403);
      }
    }
    // Even past the boundary and the authorizations, the engine starts them only from a case.
    asMissionAdmin(admin -> {
      for (String processKey : List.of("ministryDecision", "publicStatement")) {
        Response byAdmin = admin.post("/process-definition/key/" + processKey + "/submit-form", forged);
        assertThat(byAdmin.code()).as(byAdmin.body().toString()).isEqualTo(400);
        assertThat(byAdmin.body().get("message").asText()).contains("is started only from a case");
      }
    });
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(cases);
  }

  @Test
  void theDeskCannotWriteVariablesAroundTheForm() {
    CaseState before = state();
    Map<String, Object> reroute = Map.of("variables", Map.of(
        "deskGroup", Map.of("value", "desk-latin-america"), "ministryDecision", Map.of("value", "approve")));

    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/resolve", reroute).code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/complete", reroute).code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/variables", Map.of("modifications",
        Map.of("deskGroup", Map.of("value", "mission-nairobi")))).code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/process-instance/" + instanceId + "/variables", Map.of("modifications",
        Map.of("riskLevel", Map.of("value", "low")))).code()).isEqualTo(403);
    WebappSession tasklist = WebappSession.login(port, "tasklist", "desk.africa", "demo");
    assertThat(tasklist.engine("POST", "/task/" + approvalTaskId + "/resolve",
        "{\"variables\":{\"deskGroup\":{\"value\":\"desk-latin-america\"}}}").statusCode()).isEqualTo(403);

    assertThat(state()).isEqualTo(before);
    assertThat(as("desk.latin-america").get("/task?processInstanceId=" + instanceId).body()).isEmpty();
  }

  @Test
  void noBpmnErrorOrEscalationEndsTheCaseSilently() {
    CaseState before = state();

    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/bpmnError", Map.of("errorCode", "any")).code())
        .isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/bpmnEscalation",
        Map.of("escalationCode", "any")).code()).isEqualTo(403);
    Response byAdmin = EngineRest.as(port, "admin", "admin")
        .post("/task/" + approvalTaskId + "/bpmnError", Map.of("errorCode", "uncaught"));

    assertThat(byAdmin.code()).as("an error nothing catches fails instead of ending the case").isEqualTo(400);
    assertThat(byAdmin.body().get("type").asText()).isEqualTo("UnhandledBpmnError");
    assertThat(state()).isEqualTo(before);
  }

  @Test
  void aTaskIsClaimedForOneselfOnly() {
    CaseState before = state();

    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/claim", Map.of("userId", "desk.latin-america"))
        .code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/assignee", Map.of("userId", "desk.latin-america"))
        .code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/delegate", Map.of("userId", "desk.latin-america"))
        .code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/identity-links",
        Map.of("groupId", "desk-latin-america", "type", "candidate")).code()).isEqualTo(403);
    WebappSession tasklist = WebappSession.login(port, "tasklist", "desk.africa", "demo");
    assertThat(tasklist.engine("POST", "/task/" + approvalTaskId + "/claim", "{\"userId\":\"desk.latin-america\"}")
        .statusCode()).isEqualTo(403);

    assertThat(state()).isEqualTo(before);
    assertThat(as("desk.latin-america").get("/process-instance/" + instanceId + "/variables").code()).isEqualTo(403);
    assertThat(as("desk.africa").post("/task/" + approvalTaskId + "/claim", Map.of("userId", "desk.africa")).code())
        .isEqualTo(204);
    User deputy = identityService.newUser(SECOND_DESK_OFFICER);
    deputy.setPassword("demo");
    identityService.saveUser(deputy);
    identityService.createMembership(SECOND_DESK_OFFICER, "desk-africa");
    try {
      Response second = EngineRest.as(port, SECOND_DESK_OFFICER, "demo")
          .post("/task/" + approvalTaskId + "/claim", Map.of("userId", SECOND_DESK_OFFICER));
      assertThat(second.code()).as("a claimed task is claimed: %s", second.body()).isEqualTo(409);
    } finally {
      identityService.deleteUser(SECOND_DESK_OFFICER);
    }
    assertThat(tasklist.engine("POST", "/task/" + approvalTaskId + "/unclaim", null).statusCode())
        .as("the desk officer gives the task back to the desk").isEqualTo(204);
    assertThat(taskService.createTaskQuery().taskId(approvalTaskId).singleResult().getAssignee()).isNull();
  }

  @Test
  void aSubmissionCarriesOnlyTheTypesOfItsFormsFields(CapturedOutput output) {
    as("desk.africa").post("/task/" + approvalTaskId + "/claim", Map.of("userId", "desk.africa"));
    CaseState before = state();
    String submit = "/task/" + approvalTaskId + "/submit-form";

    List<Map<String, Object>> smuggled = List.of(
        Map.of("type", "Object", "value", "{\"path\":\"/etc/passwd\"}",
            "valueInfo", Map.of("objectTypeName", "java.io.File", "serializationDataFormat", "application/json")),
        Map.of("type", "Xml", "value", "<approve/>"),
        Map.of("type", "Bytes", "value", "YXBwcm92ZQ=="),
        Map.of("type", "Json", "value", "\"approve\""),
        Map.of("type", "Json", "value", "{not json"),
        Map.of("type", "Integer", "value", 1),
        Map.of("type", "String", "value", "approve", "valueInfo", Map.of("transient", true)));
    for (Map<String, Object> value : smuggled) {
      Response refused = as("desk.africa").post(submit, Map.of("variables", Map.of("ministryDecision", value)));
      assertThat(refused.code()).as("%s: %s", value.get("type"), refused.body()).isEqualTo(400);
      assertThat(violations(refused)).as(value.get("type").toString())
          .containsAnyOf("ministryDecision:type", "ministryDecision:allowedValues", "ministryDecision:transient");
    }
    Response file = as("desk.africa").call("POST", submit, Map.of("variables", Map.of("ministryDecision",
        Map.of("type", "File", "value", "YQ==", "valueInfo", Map.of("filename", "a.txt")))));
    assertThat(file.code()).isBetween(400, 499);
    Response fileWithoutInfo = as("desk.africa").call("POST", submit, Map.of("variables", Map.of("ministryDecision",
        Map.of("type", "File", "value", "YQ=="))));
    assertThat(fileWithoutInfo.code()).as("a file without its valueInfo: %s", fileWithoutInfo.body()).isEqualTo(400);

    assertThat(state()).isEqualTo(before);
    assertThat(output.getAll()).doesNotContain("ENGINE-16004").doesNotContain("/etc/passwd");
    assertThat(as("desk.africa").post(submit, variables(DemarcheSteps.approval("approve"))).code()).isEqualTo(204);
  }

  @Test
  void aDoubleClickApprovesOnceAndAnswersNo5xx() {
    as("desk.africa").post("/task/" + approvalTaskId + "/claim", Map.of("userId", "desk.africa"));
    String submit = "/task/" + approvalTaskId + "/submit-form";
    Map<String, Object> approve = variables(DemarcheSteps.approval("approve"));

    List<CompletableFuture<Response>> clicks = new ArrayList<>();
    for (int i = 0; i < 2; i++) {
      clicks.add(CompletableFuture.supplyAsync(() -> as("desk.africa").post(submit, approve)));
    }
    List<Response> answers = clicks.stream().map(CompletableFuture::join).toList();

    // The second click meets a task being completed (409: reload), or one already gone: no longer the
    // user's to work (Camunda's 403) or no longer there (404). Never a 5xx, and one approval only.
    assertThat(answers).extracting(Response::code).containsOnlyOnce(204)
        .allMatch(status -> List.of(204, 409, 404, 403).contains(status));
    answers.stream().filter(answer -> answer.code() == 403).forEach(answer ->
        assertThat(answer.body().path("type").asText()).isEqualTo("AuthorizationException"));
    demarche.runNotifications();
    assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_DeliverReaction")
        .count()).isEqualTo(1);
    assertThat(as("desk.africa").post("/task/unknown-task/submit-form", approve).code()).isEqualTo(404);
  }

  @Test
  void aListSentWithoutATypeIsStoredAsJsonLikeTasklistsOwn() {
    Map<String, Object> start = new LinkedHashMap<>(variables(DemarcheSteps.start("demarche")));
    @SuppressWarnings("unchecked")
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) start.get("variables"));
    values.put("riskCategories", Map.of("value", List.of("women")));
    Response started = as("mission.nairobi").post("/process-definition/key/demarche/submit-form",
        Map.of("variables", values));

    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    assertThat(runtimeService.getVariableTyped(started.body().get("id").asText(), "riskCategories", false)
        .getType().getName()).isEqualTo("json");
  }

  @Test
  void aListWithTextAfterItIsRefusedAndAListIsStoredAsItWasChecked() {
    Map<String, Object> start = new LinkedHashMap<>(variables(DemarcheSteps.start("demarche")));
    @SuppressWarnings("unchecked")
    Map<String, Object> values = new LinkedHashMap<>((Map<String, Object>) start.get("variables"));
    long cases = runtimeService.createProcessInstanceQuery().count();

    // Text after the list would be kept unchecked, in a field marked not personal, past an erasure.
    values.put("riskCategories", Map.of("type", "Json", "value", "[\"women\"] Amina Wanjiru, =HYPERLINK(1)"));
    Response trailing = as("mission.nairobi").post("/process-definition/key/demarche/submit-form", Map.of("variables", values));
    assertThat(trailing.code()).as(trailing.body().toString()).isEqualTo(400);
    assertThat(violations(trailing)).containsExactly("riskCategories:type");
    assertThat(trailing.body().toString()).doesNotContain("Amina");
    assertThat(runtimeService.createProcessInstanceQuery().count()).isEqualTo(cases);

    values.put("riskCategories", Map.of("type", "Json", "value", " [ \"women\" ,\n \"environment\" ] "));
    Response spaced = as("mission.nairobi").post("/process-definition/key/demarche/submit-form", Map.of("variables", values));
    assertThat(spaced.code()).as(spaced.body().toString()).isEqualTo(200);
    assertThat(((org.camunda.bpm.engine.variable.value.SerializableValue) runtimeService.getVariableTyped(
        spaced.body().get("id").asText(), "riskCategories", false)).getValueSerialized())
        .isEqualTo("[\"women\",\"environment\"]");
  }

  @Test
  void textsWithControlCharactersOrOnlySpacesAreRefused() {
    Map<String, Object> start = new LinkedHashMap<>(DemarcheSteps.start("demarche"));
    start.put("incidentDescription", "Arrested\u0000 at night");
    Response nul = as("mission.nairobi").post("/process-definition/key/demarche/submit-form", variables(start));
    start.put("incidentDescription", "   \t ");
    Response blank = as("mission.nairobi").post("/process-definition/key/demarche/submit-form", variables(start));

    assertThat(violations(nul)).containsExactly("incidentDescription:controlCharacters");
    assertThat(violations(blank)).containsExactly("incidentDescription:required");
  }

  private CaseState state() {
    List<String> tasks = new ArrayList<>();
    for (Task task : taskService.createTaskQuery().processInstanceId(instanceId).orderByTaskName().asc().list()) {
      List<String> candidates = taskService.getIdentityLinksForTask(task.getId()).stream()
          .map(IdentityLink::getGroupId).filter(java.util.Objects::nonNull).sorted().toList();
      tasks.add(task.getTaskDefinitionKey() + " " + candidates + " assignee=" + task.getAssignee());
    }
    long grants = authorizationService.createAuthorizationQuery().resourceId(instanceId).count();
    Map<String, String> variables = new java.util.TreeMap<>();
    runtimeService.getVariables(instanceId).forEach((name, value) -> variables.put(name, String.valueOf(value)));
    return new CaseState(tasks, variables, grants);
  }

  private static List<String> violations(Response response) {
    assertThat(response.code()).as(response.body().toString()).isEqualTo(400);
    List<String> result = new ArrayList<>();
    for (JsonNode violation : response.body().path("violations")) {
      result.add(violation.get("field").asText() + ":" + violation.get("rule").asText());
    }
    return result;
  }
}
