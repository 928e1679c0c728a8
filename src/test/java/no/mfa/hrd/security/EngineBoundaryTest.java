package no.mfa.hrd.security;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.variable.Variables;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.client.RestClient;

/** The engine boundary as staff meet it: accounts, counts across missions, auditors, sizes, tricks. */
@ServiceTest
@ExtendWith(OutputCaptureExtension.class)
class EngineBoundaryTest {

  private static final String START = "/process-definition/key/caseFileTest/submit-form";

  @LocalServerPort int port;
  @Autowired IdentityService identityService;
  @Autowired RuntimeService runtimeService;
  @Autowired ProcessEngine engine;
  @Autowired org.camunda.bpm.engine.TaskService taskService;

  private String instanceId;
  private String taskId;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @BeforeEach
  void nairobiOpensACase() {
    instanceId = as("mission.nairobi").post(START, variables(Map.of("summary", "s"))).body().get("id").asText();
    taskId = as("mission.nairobi").get("/task?processInstanceId=" + instanceId).body().get(0).get("id").asText();
  }

  @Test
  void staffCannotChangeTheirAddressOrDeleteTheirAccount() {
    EngineRest nairobi = as("mission.nairobi");
    Map<String, Object> profile = Map.of("id", "mission.nairobi", "email", "me@elsewhere.example");

    assertThat(nairobi.put("/user/mission.nairobi/profile", profile).code()).isEqualTo(403);
    assertThat(nairobi.delete("/user/mission.nairobi").code()).isEqualTo(403);
    assertThat(nairobi.put("/user/mission.bogota/credentials",
        Map.of("password", "Another-secret-1", "authenticatedUserPassword", "demo")).code()).isEqualTo(403);
    WebappSession welcome = WebappSession.login(port, "welcome", "mission.nairobi", "demo");
    assertThat(welcome.engine("PUT", "/user/mission.nairobi/profile",
        "{\"id\":\"mission.nairobi\",\"email\":\"me@elsewhere.example\"}").statusCode()).isEqualTo(403);

    User stored = identityService.createUserQuery().userId("mission.nairobi").singleResult();
    assertThat(stored).isNotNull();
    assertThat(stored.getEmail()).doesNotContain("elsewhere");
  }

  @Test
  void staffChangeTheirOwnPasswordAndThePolicyAppliesWhenOn() {
    String user = ensureUser("password.owner", "mission-nairobi");
    EngineRest owner = as(user);
    ProcessEngineConfigurationImpl configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    try {
      configuration.setEnablePasswordPolicy(true);
      Response weak = owner.put("/user/" + user + "/credentials",
          Map.of("password", "x", "authenticatedUserPassword", "demo"));
      assertThat(weak.code()).as(weak.body().toString()).isBetween(400, 499);
      assertThat(identityService.checkPassword(user, "demo")).isTrue();
      configuration.setEnablePasswordPolicy(false);

      assertThat(owner.put("/user/" + user + "/credentials",
          Map.of("password", "Kestrel-Harbour-42!", "authenticatedUserPassword", "demo")).code()).isEqualTo(204);
      assertThat(EngineRest.as(port, user, "Kestrel-Harbour-42!").get("/task").code()).isEqualTo(200);
    } finally {
      configuration.setEnablePasswordPolicy(false);
      identityService.deleteUser(user);
    }
  }

  @Test
  void wrongPasswordsSlowAUserDownButNeverLockThemOut() {
    String user = ensureUser("lock.target", "mission-nairobi");
    try {
      for (int attempt = 0; attempt < 15; attempt++) {
        // each attempt after the previous one's delay, so that every one of them counts
        ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + 120_000L);
        assertThat(identityService.checkPassword(user, "guess-" + attempt)).isFalse();
      }
      ClockUtil.offset(ClockUtil.getCurrentTime().getTime() - System.currentTimeMillis() + 120_000L);
      assertThat(identityService.checkPassword(user, "demo")).as("not locked for good").isTrue();
    } finally {
      ClockUtil.reset();
      identityService.deleteUser(user);
    }
  }

  @Test
  void aQueryByAValueTheEngineCannotCompareIsTheClientsErrorNotTheServices(CapturedOutput output) {
    EngineRest bogota = as("mission.bogota");
    // The variable filter is "processVariables" on tasks and "variables" on process instances.
    Map<String, String> filterOf = Map.of("/task", "processVariables", "/task/count", "processVariables",
        "/process-instance", "variables", "/history/process-instance", "variables");
    filterOf.forEach((path, filter) -> {
      List<Map<String, Object>> queries = List.of(
          Map.of(filter, List.of(Map.of("name", "riskLevel", "operator", "eq", "value", Map.of("a", 1)))),
          Map.of(filter, List.of(Map.of("name", "riskLevel", "operator", "gteq", "value", List.of()))),
          Map.of("orQueries", List.of(Map.of(filter,
              List.of(Map.of("name", "riskLevel", "operator", "eq", "value", Map.of("a", 1)))))));
      for (Map<String, Object> query : queries) {
        Response refused = bogota.post(path, query);
        assertThat(refused.code()).as("%s %s: %s", path, query, refused.body()).isBetween(400, 499);
      }
    });
    Response sorted = bogota.post("/task", Map.of("sorting", List.of(Map.of("sortBy", "processVariable",
        "sortOrder", "asc", "parameters", Map.of("variable", "riskLevel", "type", "Object")))));
    assertThat(sorted.code()).as(sorted.body().toString()).isBetween(400, 499);
    Response castSorting = bogota.post("/task", Map.of("sorting", List.of(Map.of("sortBy", "processVariable",
        "sortOrder", "asc", "parameters", Map.of("variable", "riskLevel", "type", 1)))));
    assertThat(castSorting.code()).as(castSorting.body().toString()).isEqualTo(400);
    for (String path : List.of("/task?firstResult=-5", "/process-instance?maxResults=-1", "/history/task?firstResult=x")) {
      assertThat(bogota.get(path).code()).as(path).isEqualTo(400);
    }
    Response deep = bogota.post("/task", "[".repeat(1100) + "]".repeat(1100));
    assertThat(deep.code()).as(deep.body() == null ? "" : deep.body().toString()).isEqualTo(400);
    Response unknown = bogota.get("/task/Amina%20Wanjiru/form-variables");
    assertThat(unknown.code()).isEqualTo(404);
    assertThat(unknown.body().toString()).doesNotContain("Amina");
    assertThat(output.getAll()).doesNotContain("Amina").doesNotContain("Object values cannot be used to query");
  }

  @Test
  void queriesAboutCmmnCasesOrThatContradictAFilterAreTheClientsError(CapturedOutput output) {
    EngineRest bogota = as("mission.bogota");
    for (String path : List.of("/task?caseDefinitionKey=x", "/task/count?caseInstanceBusinessKeyLike=x",
        "/history/task?caseDefinitionName=x", "/history/process-instance?subCaseInstanceId=x",
        "/history/variable-instance?caseActivityIdIn=x")) {
      Response refused = bogota.get(path);
      assertThat(refused.code()).as(path).isEqualTo(400);
      assertThat(refused.body().get("message").asText()).as(path).startsWith(path.replaceAll(".*\\?|=.*", ""));
    }
    assertThat(bogota.post("/task", Map.of("orQueries", List.of(Map.of("caseInstanceBusinessKey", "x")))).code())
        .isEqualTo(400);
    assertThat(EngineRest.as(port, "admin", "admin").get("/task?caseDefinitionKey=x").code()).as("administrators too").isEqualTo(400);
    assertThat(bogota.get("/task?caseDefinitionKey=").code()).as("empty, the engine would query by it too")
        .isEqualTo(400);
    assertThat(bogota.post("/task", Map.of("caseDefinitionKey", "")).code()).isEqualTo(400);
    assertThat(bogota.post("/task", Map.of("variableNamesIgnoreCase", true, "caseInstanceVariables", List.of())).code())
        .as("case-insensitive matching and Tasklist's empty lists are not about CMMN").isEqualTo(200);
    assertThat(EngineRest.as(port, "admin", "admin").post("/process-instance/" + instanceId + "/variables",
        Map.of("modifications", Map.of("caseOutcome", Map.of("value", "x", "type", "String")))).code())
        .as("a variable whose name begins with case, as Cockpit edits it").isEqualTo(204);

    String groupTasks = engine.getFilterService().createFilterQuery().filterName("My group's tasks").singleResult().getId();
    for (String call : List.of("/list", "/count")) {
      assertThat(bogota.post("/filter/" + groupTasks + call, Map.of("candidateUser", "mission.bogota")).code())
          .as("a candidate user against the filter's own groups").isEqualTo(400);
      assertThat(bogota.post("/filter/" + groupTasks + call, Map.of("caseDefinitionName", "x")).code()).isEqualTo(400);
    }
    assertThat(bogota.post("/task/count", Map.of("sorting", List.of(Map.of("sortBy", "created")))).code())
        .as("a sorting without its order").isEqualTo(400);
    assertThat(output.getAll()).doesNotContain("ACT_RE_CASE_DEF").doesNotContain("Unable to invoke method");
  }

  @Test
  void countsAcrossMissionsAreForTheHrSectionAndAuditorsOnly() {
    String definitionId = runtimeService.createProcessInstanceQuery().processInstanceId(instanceId).singleResult()
        .getProcessDefinitionId();
    for (String path : new String[] {"/process-definition/statistics", "/process-definition/" + definitionId
        + "/statistics", "/metrics", "/metrics/activity-instance-start/sum"}) {
      assertThat(as("mission.nairobi").get(path).code()).as(path).isEqualTo(403);
      assertThat(as("desk.africa").get(path).code()).as(path).isEqualTo(403);
      assertThat(as("hr.section").get(path).code()).as(path).isEqualTo(200);
      assertThat(as("auditor").get(path).code()).as(path).isEqualTo(200);
    }
    as("mission.bogota").post(START, variables(Map.of("summary", "s")));
    assertThat(as("mission.nairobi").get("/process-instance/count").body().get("count").asLong())
        .as("a mission counts only the cases it may see")
        .isLessThan(runtimeService.createProcessInstanceQuery().count());
  }

  @Test
  void auditorsFollowACasesCourseButNotItsContent() {
    EngineRest auditor = as("auditor");

    assertThat(auditor.get("/history/process-instance/" + instanceId).code()).isEqualTo(200);
    assertThat(auditor.get("/history/activity-instance?processInstanceId=" + instanceId).body()).isNotEmpty();
    assertThat(auditor.get("/history/task?processInstanceId=" + instanceId).body()).isNotEmpty();
    assertThat(auditor.get("/history/variable-instance?processInstanceId=" + instanceId).code()).isEqualTo(403);
    assertThat(auditor.get("/history/detail?processInstanceId=" + instanceId).code()).isEqualTo(403);
    assertThat(auditor.get("/process-instance/" + instanceId + "/variables").code()).isEqualTo(403);
    assertThat(as("hr.section").get("/history/variable-instance?processInstanceId=" + instanceId).body())
        .as("the HR section reads every case's content").isNotEmpty();
  }

  @Test
  void auditorsCannotReadContentThroughQueryFilters() {
    EngineRest auditor = as("auditor");
    Map<String, Object> byName = Map.of("processInstanceId", instanceId,
        "variables", java.util.List.of(Map.of("name", "summary", "operator", "like", "value", "s%")));

    assertThat(auditor.post("/history/process-instance/count", byName).code()).isEqualTo(403);
    assertThat(auditor.get("/history/process-instance?variables=summary_like_s%25").code()).isEqualTo(403);
    assertThat(auditor.get("/history/task/count?processVariables=summary_like_s%25").code()).isEqualTo(403);
    assertThat(auditor.get("/history/task?processInstanceId=" + instanceId + "&variableNamesIgnoreCase=true").code())
        .isEqualTo(403);
    assertThat(auditor.get("/history/decision-instance?includeInputs=true").code()).isEqualTo(403);
    assertThat(auditor.get("/history/decision-instance?includeOutputs=true").code()).isEqualTo(403);
    WebappSession cockpit = WebappSession.login(port, "cockpit", "auditor", "demo");
    assertThat(cockpit.enginePost("/history/process-instance/count",
        "{\"variables\":[{\"name\":\"summary\",\"operator\":\"eq\",\"value\":\"s\"}]}").statusCode())
        .isEqualTo(403);

    assertThat(auditor.post("/history/process-instance/count", Map.of("processInstanceId", instanceId)).code())
        .as("the course of the case stays readable").isEqualTo(200);
    assertThat(as("hr.section").post("/history/process-instance/count", byName).body().get("count").asLong())
        .as("the HR section reads content anyway").isEqualTo(1);
  }

  @Test
  void anotherMissionLearnsNothingFromARefusalOrAnUnknownId() {
    EngineRest bogota = as("mission.bogota");
    Response refused = bogota.get("/task/" + taskId + "/form-variables");
    String unknownTask = "00000000-0000-11f1-0000-000000000000";

    assertThat(refused.code()).isEqualTo(403);
    assertThat(refused.body().toString()).doesNotContain("caseFileTest").doesNotContain(taskId);
    assertThat(bogota.get("/task/" + unknownTask + "/deployed-form").code()).isEqualTo(404);
    assertThat(bogota.post("/process-definition/" + unknownTask + "/submit-form", Map.of("variables", Map.of()))
        .code()).isEqualTo(404);
  }

  @Test
  void cockpitsOwnApiIsForCockpitsUsers() {
    String statistics = "/camunda/api/cockpit/plugin/base/default/process-definition/statistics";
    WebappSession bogota = WebappSession.login(port, "tasklist", "mission.bogota", "demo");
    WebappSession hr = WebappSession.login(port, "cockpit", "hr.section", "demo");

    assertThat(bogota.get(statistics).statusCode()).isEqualTo(403);
    assertThat(bogota.get("/camunda/api/admin/plugin/adminPlugins/default/users").statusCode()).isEqualTo(403);
    assertThat(hr.get(statistics).statusCode()).isEqualTo(200);
  }

  @Test
  void missingOrNullValuesAreTheClientsErrorAndNoValueIsRepeated(CapturedOutput output) {
    EngineRest nairobi = as("mission.nairobi");
    String submit = "/task/" + taskId + "/submit-form";

    assertThat(nairobi.call("POST", submit, "null").code()).isEqualTo(400);
    Response nullValue = nairobi.post(submit, Map.of("variables", java.util.Collections.singletonMap("details", null)));
    assertThat(nullValue.code()).as(nullValue.body().toString()).isEqualTo(400);
    assertThat(nairobi.call("POST", "/task", "null").code()).isEqualTo(200);
    Response badDate = nairobi.post(submit, Map.of("variables", Map.of("details",
        Map.of("type", "Date", "value", "notadate-SECRETVAL"))));
    Response badQuery = nairobi.get("/task?createdAfter=SECRETDATE");

    List<Response> badParameters = List.of(
        nairobi.get("/task?sortBy=ab'SECRET1'x&sortOrder=asc"),
        nairobi.get("/task?priority=SECRET4"),
        nairobi.get("/task?firstResult=SECRET8"),
        nairobi.post("/task", Map.of("taskVariables", List.of(Map.of("name", "x", "operator", "SECRETB", "value", 1)))),
        nairobi.post("/task/count", Map.of("priority", "SECRETD")),
        nairobi.call("POST", "/task/count", "{\"active\": SECRETC}"));

    assertThat(badDate.code()).isEqualTo(400);
    assertThat(badQuery.code()).isEqualTo(400);
    assertThat(badParameters).allSatisfy(refused -> {
      assertThat(refused.code()).as(refused.body().toString()).isEqualTo(400);
      assertThat(refused.body().path("message").isTextual()).as("a JSON message").isTrue();
      assertThat(refused.body().toString()).doesNotContain("SECRET");
    });
    assertThat(badDate.body().toString() + badQuery.body()).doesNotContain("SECRET");
    assertThat(output.getAll()).doesNotContain("SECRET").doesNotContain("ENGINE-REST-HTTP500").doesNotContain("\tat org.");
    assertThat(taskService.createTaskQuery().taskId(taskId).count()).isEqualTo(1);
  }

  @Test
  void aFloodOfUnknownFieldsIsRefusedShortlyAndNeverLogged(CapturedOutput output) {
    Map<String, Object> flood = new LinkedHashMap<>();
    for (int i = 0; i < 100_000; i++) {
      flood.put("injectedFieldNumber" + i, Map.of("value", "x"));
    }
    Map<String, Object> some = new LinkedHashMap<>();
    some.put("details", Map.of("value", "fine"));
    for (int i = 0; i < 1_000; i++) {
      some.put("injectedFieldNumber" + i, Map.of("value", "x"));
    }
    String submit = "/task/" + taskId + "/submit-form";

    assertThat(as("mission.nairobi").post(submit, Map.of("variables", flood)).code()).isEqualTo(413);
    Response refused = as("mission.nairobi").post(submit, Map.of("variables", some));

    assertThat(refused.code()).isEqualTo(400);
    assertThat(refused.body().toString()).hasSizeLessThan(1_000).doesNotContain("injectedFieldNumber")
        .contains("1000 variables are not a field of this form");
    assertThat(output.getAll()).doesNotContain("injectedFieldNumber").doesNotContain("ENGINE-16004")
        .doesNotContain(" ERROR ");
    assertThat(runtimeService.getVariables(instanceId)).doesNotContainKey("details");
  }

  @Test
  void tricksWithPathsMethodsAndSessionsDoNotGetPastTheList() {
    for (String path : new String[] {"//task/" + taskId + "/resolve", "/task/" + taskId + "/resolve/",
        "/engine/default/task/" + taskId + "/resolve", "/task/" + taskId + "/./resolve",
        "/task/" + taskId + ";x=1/resolve", "/task/%2E/../task/" + taskId + "/resolve"}) {
      assertThat(rawPost("/engine-rest" + path)).as(path).isIn(400, 403, 404);
    }
    int overridden = RestClient.create().post().uri("http://localhost:" + port + "/engine-rest/task/" + taskId + "/claim")
        .headers(headers -> {
          headers.setBasicAuth("mission.nairobi", "demo");
          headers.set("X-HTTP-Method-Override", "DELETE");
        })
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON).body("{\"userId\":\"mission.nairobi\"}")
        .exchange((request, response) -> response.getStatusCode().value());
    assertThat(overridden).isEqualTo(403);
    int anonymous = RestClient.create().get().uri("http://localhost:" + port + "/camunda/api/engine/engine/default/task")
        .exchange((request, response) -> response.getStatusCode().value());
    assertThat(anonymous).isEqualTo(401);
    assertThat(EngineRest.as(port, "admin", "admin").get("/authorization").code())
        .as("administrators keep the whole API").isEqualTo(200);
  }

  @Test
  void onlyTheTypesTheServiceStoresAreEverInstantiated() {
    runtimeService.setVariable(instanceId, "smuggled", Variables.serializedObjectValue("\"http://example.org\"")
        .objectTypeName("java.net.URL").serializationDataFormat("application/json").create());
    runtimeService.setVariable(instanceId, "decisionResult", new java.util.HashMap<>(Map.of("riskLevel", "low")));
    try {
      assertThatThrownBy(() -> runtimeService.getVariable(instanceId, "smuggled"))
          .isInstanceOf(ProcessEngineException.class).hasMessageContaining("java.net.URL");
      assertThat(runtimeService.getVariable(instanceId, "decisionResult")).isEqualTo(Map.of("riskLevel", "low"));
    } finally {
      runtimeService.removeVariables(instanceId, java.util.List.of("smuggled", "decisionResult"));
    }
  }

  /** A POST exactly as written, with no client library tidying the path. */
  private int rawPost(String path) {
    try {
      java.net.http.HttpRequest request = java.net.http.HttpRequest.newBuilder(
              java.net.URI.create("http://localhost:" + port + path))
          .header("Authorization", "Basic " + java.util.Base64.getEncoder()
              .encodeToString("mission.nairobi:demo".getBytes(java.nio.charset.StandardCharsets.UTF_8)))
          .header("Content-Type", "application/json")
          .POST(java.net.http.HttpRequest.BodyPublishers.ofString("{\"variables\":{}}")).build();
      return java.net.http.HttpClient.newHttpClient().send(request, java.net.http.HttpResponse.BodyHandlers.discarding())
          .statusCode();
    } catch (java.io.IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private String ensureUser(String id, String group) {
    if (identityService.createUserQuery().userId(id).count() == 0) {
      User user = identityService.newUser(id);
      user.setPassword("demo");
      identityService.saveUser(user);
      identityService.createMembership(id, group);
    }
    return id;
  }
}
