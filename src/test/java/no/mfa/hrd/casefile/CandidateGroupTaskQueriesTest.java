package no.mfa.hrd.casefile;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.AuthorizationService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.authorization.Permissions;
import org.camunda.bpm.engine.authorization.Resources;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.task.TaskQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * "My group's tasks" runs without the engine's authorization join ({@link CandidateGroupTaskQueries}).
 * These tests try to widen such a query, as a clerk can over REST, until it shows another mission's task.
 */
@ServiceTest
class CandidateGroupTaskQueriesTest {

  @LocalServerPort int port;
  @Autowired ProcessEngineConfigurationImpl configuration;
  @Autowired IdentityService identityService;
  @Autowired AuthorizationService authorizationService;
  @Autowired JdbcTemplate jdbc;

  private String nairobiCase;
  private String nairobiTask;
  private String bogotaCase;
  private String bogotaTask;
  private String groupFilter;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @BeforeEach
  void nairobiAndBogotaEachOpenACase() {
    nairobiCase = open("mission.nairobi");
    nairobiTask = as("mission.nairobi").get("/task?processInstanceId=" + nairobiCase).body().get(0).get("id").asText();
    bogotaCase = open("mission.bogota");
    bogotaTask = as("mission.bogota").get("/task?processInstanceId=" + bogotaCase).body().get(0).get("id").asText();
    for (JsonNode filter : as("mission.nairobi").get("/filter?resourceType=Task").body()) {
      if ("My group's tasks".equals(filter.get("name").asText())) {
        groupFilter = filter.get("id").asText();
      }
    }
    assertThat(groupFilter).isNotNull();
  }

  private String open(String clerk) {
    Response started = as(clerk).post("/process-definition/key/caseFileTest/submit-form",
        Map.of("variables", variables(Map.of("summary", "s")).get("variables")));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    return started.body().get("id").asText();
  }

  @Test
  void aMissionsGroupFilterListsAndCountsItsOwnCasesTask() {
    Map<String, Object> thisCase = Map.of("processInstanceId", nairobiCase);
    assertThat(ids(as("mission.nairobi").post("/filter/" + groupFilter + "/list", thisCase))).containsExactly(nairobiTask);
    assertThat(as("mission.nairobi").post("/filter/" + groupFilter + "/count", thisCase).body().get("count").asLong())
        .isEqualTo(1);
  }

  @Test
  void theGroupFilterAskedForAnotherMissionsGroupKeepsToTheUsersOwnGroups() {
    // The filter's own ${currentUserGroups()} replaces the groups a request body asks for.
    Map<String, Object> theirs = Map.of("candidateGroups", List.of("mission-bogota"), "processInstanceId", bogotaCase);
    assertHidden(as("mission.nairobi").post("/filter/" + groupFilter + "/list", theirs));
    Response count = as("mission.nairobi").post("/filter/" + groupFilter + "/count", theirs);
    assertThat(count.code()).isEqualTo(200);
    assertThat(count.body().get("count").asLong()).isZero();
  }

  @Test
  void everyCandidateGroupMayReadItsTaskAfterClaimingAndGivingItBack() {
    EngineRest nairobi = as("mission.nairobi");
    assertThat(nairobi.post("/task/" + nairobiTask + "/claim", Map.of("userId", "mission.nairobi")).code()).isEqualTo(204);
    assertThat(nairobi.post("/task/" + nairobiTask + "/unclaim", Map.of()).code()).isEqualTo(204);
    // The shortcut's premise, for both cases' tasks.
    List<Map<String, Object>> candidacies = jdbc.queryForList("select I.TASK_ID_, I.GROUP_ID_ from ACT_RU_IDENTITYLINK I"
        + " join ACT_RU_TASK T on T.ID_ = I.TASK_ID_ where I.TYPE_ = 'candidate' and I.GROUP_ID_ is not null"
        + " and T.PROC_INST_ID_ in (?, ?)", nairobiCase, bogotaCase);
    assertThat(candidacies).isNotEmpty();
    candidacies.forEach(candidacy -> assertThat(authorizationService.isUserAuthorized("nobody",
        List.of((String) candidacy.get("GROUP_ID_")), Permissions.READ, Resources.TASK, (String) candidacy.get("TASK_ID_")))
        .as("%s reads task %s", candidacy.get("GROUP_ID_"), candidacy.get("TASK_ID_")).isTrue());
  }

  /**
   * Tasklist's list (HAL, in its session) names the case in each task and reads no variables: a variable
   * column would cost a query that checks every grant of the group (issue 18).
   */
  @Test
  void tasklistsGroupListShowsTheCaseReferenceInTheTaskNameWithoutReadingVariables() throws Exception {
    String reference = configuration.getRuntimeService().createProcessInstanceQuery().processInstanceId(nairobiCase)
        .singleResult().getBusinessKey();
    HttpResponse<String> list = WebappSession.login(port, "tasklist", "mission.nairobi", "demo")
        .enginePost("/filter/" + groupFilter + "/list?firstResult=0&maxResults=15", "{\"sorting\":[{\"sortBy\":\"created\","
            + "\"sortOrder\":\"desc\"}]}", "application/hal+json");
    assertThat(list.statusCode()).as(list.body()).isEqualTo(200);
    JsonNode embedded = new ObjectMapper().readTree(list.body()).get("_embedded");
    assertThat(embedded.get("task").findValuesAsText("name")).anySatisfy(name -> assertThat(name).endsWith("(" + reference + ")"));
    assertThat(embedded.path("variable").isEmpty()).as("no variables read").isTrue();
  }

  /**
   * The shortcut's other premise: the engine never checks revokes, in the join as well, so a revoke an
   * administrator could still create in Admin cannot make the group's list and other queries disagree.
   * The starter's own property sets it; the engine's generic one was silently overridden with auto.
   */
  @Test
  void theEngineNeverChecksRevokes() {
    assertThat(configuration.getAuthorizationCheckRevokes()).isEqualTo(ProcessEngineConfigurationImpl.AUTHORIZATION_CHECK_REVOKE_NEVER);
  }

  @Test
  void anotherGroupAnotherUsersCandidacyAPatternOrAnOrQueryShowNothingOfAnotherMissionsCase() {
    EngineRest nairobi = as("mission.nairobi");
    assertHidden(nairobi.get("/task?candidateGroup=mission-bogota&processInstanceId=" + bogotaCase));
    assertHidden(nairobi.get("/task?candidateGroups=mission-nairobi,mission-bogota&processInstanceId=" + bogotaCase));
    assertHidden(nairobi.get("/task?candidateUser=mission.bogota&processInstanceId=" + bogotaCase));
    assertHidden(nairobi.get("/task?candidateGroupLike=mission-%25&processInstanceId=" + bogotaCase));
    assertHidden(nairobi.post("/task", Map.of("orQueries",
        List.of(Map.of("candidateGroup", "mission-nairobi", "processInstanceId", bogotaCase)))));
    assertHidden(nairobi.post("/filter/" + groupFilter + "/list", Map.of("orQueries",
        List.of(Map.of("candidateGroup", "mission-nairobi", "processInstanceId", bogotaCase)))));
  }

  @Test
  void onlyAQueryForTheUsersOwnGroupsCandidaciesGoesWithoutTheAuthorizationJoin() {
    assertThat(joinsAuthorizations(query -> query.taskCandidateGroup("mission-nairobi"))).isFalse();
    assertThat(joinsAuthorizations(query -> query.taskCandidateGroupIn(List.of("mission-nairobi")).includeAssignedTasks()))
        .isFalse();

    assertThat(joinsAuthorizations(query -> query.taskCandidateGroup("mission-bogota"))).isTrue();
    assertThat(joinsAuthorizations(query -> query.taskCandidateGroupIn(List.of("mission-nairobi", "mission-bogota"))))
        .isTrue();
    assertThat(joinsAuthorizations(query -> query.taskCandidateUser("mission.nairobi"))).isTrue();
    assertThat(joinsAuthorizations(query -> query.taskCandidateGroupLike("mission-nairobi"))).isTrue();
    assertThat(joinsAuthorizations(query -> query.taskCandidateGroup("mission-nairobi").or()
        .taskCandidateGroup("mission-nairobi").processInstanceId(bogotaCase).endOr())).isTrue();
    assertThat(joinsAuthorizations(query -> query.processInstanceId(bogotaCase))).isTrue();
  }

  /** Whether the task query's SQL would join the authorizations, for mission.nairobi. */
  private boolean joinsAuthorizations(Function<TaskQuery, TaskQuery> criteria) {
    identityService.setAuthentication("mission.nairobi", List.of("mission-nairobi"));
    try {
      return configuration.getCommandExecutorTxRequired().execute(context -> {
        assertThat(context.getAuthorizationManager()).isInstanceOf(CandidateGroupTaskQueries.class);
        TaskQueryImpl query = (TaskQueryImpl) criteria.apply(new TaskQueryImpl());
        context.getAuthorizationManager().configureTaskQuery(query);
        return query.getAuthCheck().getShouldPerformAuthorizatioCheck();
      });
    } finally {
      identityService.clearAuthentication();
    }
  }

  /** The query ran (not refused by the boundary, which would prove nothing) and Bogotá's task is not in it. */
  private void assertHidden(Response response) {
    assertThat(response.code()).as(response.body().toString()).isEqualTo(200);
    assertThat(ids(response)).doesNotContain(bogotaTask);
  }

  private static List<String> ids(Response response) {
    JsonNode body = response.body();
    JsonNode tasks = body.has("_embedded") ? body.get("_embedded").get("task") : body;
    return tasks == null ? List.of() : java.util.stream.StreamSupport.stream(tasks.spliterator(), false)
        .map(task -> task.get("id").asText()).toList();
  }
}
