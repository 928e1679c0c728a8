package no.mfa.hrd.process.demarche;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.runtime.Job;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The main path of a démarche over REST, as the role users do it with authorizations on; another
 * mission and another desk see nothing of the case on the way.
 */
@ServiceTest
class DemarcheRestTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  @LocalServerPort int port;
  @Autowired ManagementService managementService;

  private String instanceId;
  private String reference;

  private EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  @Test
  void theMissionAndItsDeskWalkTheMainPathAndNobodyElseSeesTheCase() {
    Response started = as("mission.nairobi").post("/process-definition/key/demarche/submit-form",
        variables(DemarcheSteps.start("demarche")));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    instanceId = started.body().get("id").asText();
    reference = started.body().get("businessKey").asText();

    work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    outsidersSeeNothing(true);

    assertThat(as("mission.nairobi").get("/task?processInstanceId=" + instanceId).body())
        .as("the approval is the desk's, not the mission's").isEmpty();
    work("desk.africa", "Task_ApproveDemarche", DemarcheSteps.approval("approve"));
    work("mission.nairobi", "Task_DeliverReaction", DemarcheSteps.DELIVERED);
    work("mission.nairobi", "Task_InformDefender", DemarcheSteps.informed("no"));
    work("mission.nairobi", "Task_ReportOnEffect", DemarcheSteps.REPORTED);
    work("desk.africa", "Task_AcknowledgeReport", DemarcheSteps.acknowledged("doNotPublish"));
    runNotifications();
    outsidersSeeNothing(false);

    JsonNode history = as("desk.africa").get("/history/process-instance/" + instanceId).body();
    assertThat(history.get("state").asText()).isEqualTo("COMPLETED");
    assertThat(history.get("businessKey").asText()).isEqualTo(reference);
    assertThat(as("mission.nairobi").get("/history/variable-instance?processInstanceId=" + instanceId
        + "&variableName=caseOutcome").body().get(0).get("value").asText()).isEqualTo("reactionDelivered");
  }

  /** Runs notification steps, then the role user claims and submits the task's form, as Tasklist does. */
  private void work(String user, String taskKey, Map<String, Object> values) {
    runNotifications();
    Response tasks = as(user).get("/task?processInstanceId=" + instanceId + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks.body()).as("%s sees %s", user, taskKey).hasSize(1);
    JsonNode task = tasks.body().get(0);
    assertThat(task.get("name").asText()).endsWith("(" + reference + ")");
    String id = task.get("id").asText();
    assertThat(as(user).post("/task/" + id + "/claim", Map.of("userId", user)).code()).isEqualTo(204);
    Response submitted = as(user).post("/task/" + id + "/submit-form", variables(values));
    assertThat(submitted.code()).as("%s: %s", taskKey, submitted.body()).isEqualTo(204);
  }

  private void outsidersSeeNothing(boolean caseRunning) {
    for (String outsider : new String[] {"mission.bogota", "desk.latin-america", "desk.europe"}) {
      EngineRest rest = as(outsider);
      assertThat(rest.get("/task?processInstanceBusinessKey=" + reference).body()).as(outsider).isEmpty();
      assertThat(rest.get("/process-instance?businessKey=" + reference).body()).as(outsider).isEmpty();
      if (caseRunning) {
        assertThat(rest.get("/process-instance/" + instanceId + "/variables").code()).as(outsider).isEqualTo(403);
      }
      assertThat(rest.get("/history/process-instance?processInstanceBusinessKey=" + reference).body()).as(outsider)
          .isEmpty();
      assertThat(rest.get("/history/variable-instance?processInstanceId=" + instanceId).body()).as(outsider).isEmpty();
      assertThat(rest.get("/history/task?processInstanceBusinessKey=" + reference).body()).as(outsider).isEmpty();
    }
  }

  private void runNotifications() {
    Set<String> ids = new HashSet<>(Set.of(instanceId));
    for (Job job : managementService.createJobQuery().processInstanceIds(ids).messages().list()) {
      managementService.executeJob(job.getId());
    }
  }
}
