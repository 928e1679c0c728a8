package no.mfa.hrd.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import no.mfa.hrd.support.Fixture;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.ServiceNode;
import no.mfa.hrd.support.TestMail;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Two service processes from the built jar on one PostgreSQL database, as the Ministry would run
 * them (mvn verify -Ppostgres; .ci/run provides the database). Mail goes to a GreenMail server here.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final int MAIL_PORT = ServiceNode.freePort();
  private static final Duration PATIENCE = Duration.ofSeconds(90);

  @RegisterExtension
  static GreenMailExtension mail = new GreenMailExtension(new ServerSetup(MAIL_PORT, "127.0.0.1", "smtp"))
      .withPerMethodLifecycle(false);

  private static ServiceNode nodeA;
  private static ServiceNode nodeB;

  private static ServiceNode start(String name) throws IOException {
    return ServiceNode.start(name, "two-nodes", List.of(
        "--spring.datasource.url=" + System.getProperty("hrd.it.datasource.url"),
        "--spring.datasource.username=" + System.getProperty("hrd.it.datasource.username"),
        "--spring.datasource.password=" + System.getProperty("hrd.it.datasource.password", ""),
        "--spring.mail.host=127.0.0.1",
        "--spring.mail.port=" + MAIL_PORT,
        // An urgent approval is overdue after 10 seconds here, so the escalation timer really fires.
        "--hrd.deadlines.approval-urgent=PT10S",
        // A dead node's jobs are taken over after 15 seconds instead of 5 minutes.
        "--camunda.bpm.job-execution.lock-time-in-millis=15000",
        "--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000"));
  }

  @BeforeAll
  static void startBothNodesAtOnce() throws IOException {
    nodeA = start("node-a");
    nodeB = start("node-b");
    nodeA.awaitHealthy(PATIENCE);
    nodeB.awaitHealthy(PATIENCE);
  }

  @AfterAll
  static void stopNodes() {
    for (ServiceNode node : new ServiceNode[] {nodeA, nodeB}) {
      if (node != null) {
        node.process().destroy();
      }
    }
  }

  @Test
  @Order(1)
  void bothNodesStartedTogetherWithoutDuplicates() {
    JsonNode definitions = nodeA.as("admin").get("/process-definition?key=demarche").body();
    assertThat(definitions).as("one deployment of the démarche").hasSize(1);
    assertThat(nodeB.as("admin").get("/deployment/count").body().get("count").asInt()).isEqualTo(1);
    assertThat(nodeB.as("admin").get("/user/count").body().get("count").asInt()).as("13 demo users and the admin")
        .isEqualTo(14);
    assertThat(nodeA.as("admin").get("/filter/count").body().get("count").asInt()).isEqualTo(2);
  }

  @Test
  @Order(2)
  void aCaseStartedOnOneNodeIsWorkedOnTheOtherAndEachTimerAndMessageHappensOnce() {
    String reference = startDemarche(nodeA, "urgent");
    work(nodeB, "mission.nairobi", reference, "Task_VerifyFacts", CASE.step("verified"));
    work(nodeA, "mission.nairobi", reference, "Task_AssessRisk", CASE.step("lowRisk"));
    work(nodeB, "mission.nairobi", reference, "Task_ObtainConsent", CASE.step("consentGiven"));
    work(nodeA, "mission.nairobi", reference, "Task_CoordinateLikeminded", CASE.step("coordinated"));

    // The approval is due in 10 seconds; the escalation timer fires once, on either node.
    await("the overdue approval is escalated", () -> outbox(reference, "ESCALATION").size() == 2);
    work(nodeB, "desk.africa", reference, "Task_Decide", CASE.step("reject"));
    await("the case ends", () -> "COMPLETED".equals(nodeA.as("mission.nairobi")
        .get("/history/process-instance?processDefinitionKey=demarche&processInstanceBusinessKey=" + reference).body().get(0).get("state").asText()));
    await("every notification is sent", () -> outbox(reference, null).stream()
        .allMatch(row -> row.get("status").asText().equals("SENT")));

    List<JsonNode> sent = outbox(reference, null);
    assertThat(sent).extracting(row -> row.get("template").asText()).containsExactlyInAnyOrder(
        "TASK_WAITING", "ESCALATION", "ESCALATION", "DECISION_REJECTED");
    assertThat(TestMail.subjectsTo(mail, "hr.section@example.org"))
        .containsExactly("HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, "desk.africa@example.org"))
        .containsExactly("HRD Support: a task awaits your group", "HRD Support: a task is overdue");
    assertThat(TestMail.subjectsTo(mail, "mission.nairobi@example.org"))
        .containsExactly("HRD Support: a decision on your case");
  }

  @Test
  @Order(3)
  void whenANodeIsKilledTheOtherFinishesItsJobsAndNothingIsLostOrDoneTwice() {
    List<String> references = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      String reference = startDemarche(nodeA, "normal");
      work(nodeA, "mission.nairobi", reference, "Task_VerifyFacts", CASE.step("verified"));
      work(nodeA, "mission.nairobi", reference, "Task_AssessRisk", CASE.step("lowRisk"));
      work(nodeA, "mission.nairobi", reference, "Task_ObtainConsent", CASE.step("consentGiven"));
      references.add(reference);
    }
    // Each coordination leaves a notification job for the desk; node A dies while they are being run.
    for (String reference : references) {
      work(nodeA, "mission.nairobi", reference, "Task_CoordinateLikeminded", CASE.step("coordinated"));
    }
    nodeA.process().destroyForcibly();

    await("node B finishes node A's jobs", () -> references.stream().allMatch(reference ->
        nodeB.as("desk.africa").get("/task?processInstanceBusinessKey=" + reference
            + "&taskDefinitionKey=Task_Decide").body().size() == 1));
    for (String reference : references) {
      List<JsonNode> notices = outbox(reference, "TASK_WAITING");
      assertThat(notices).as("one notification recorded for %s", reference).hasSize(1);
      assertThat(notices.get(0).get("status").asText()).isEqualTo("SENT");
      assertThat(nodeB.as("hr.section").get("/task?processInstanceBusinessKey=" + reference).body())
          .as("one approval task, not two, for %s", reference).hasSize(1);
    }
    assertThat(nodeB.as("admin").get("/incident/count").body().get("count").asInt()).isZero();
  }

  /** A démarche's valid form values: the same fixture the démarche's own tests use. */
  private static final Fixture CASE = Fixture.of("demarche");

  private static String startDemarche(ServiceNode node, String urgency) {
    Map<String, Object> values = CASE.step("start", "urgency", urgency);
    EngineRest.Response started = node.as("mission.nairobi").post("/process-definition/key/demarche/submit-form",
        EngineRest.variables(values));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    return started.body().get("businessKey").asText();
  }

  /** Waits for the task on this node (a notification may still be running), then claims and submits it. */
  private static void work(ServiceNode node, String user, String reference, String taskKey, Map<String, Object> values) {
    String query = "/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey;
    await(user + " sees " + taskKey, () -> node.as(user).get(query).body().size() == 1);
    String id = node.as(user).get(query).body().get(0).get("id").asText();
    assertThat(node.as(user).post("/task/" + id + "/claim", Map.of("userId", user)).code()).isEqualTo(204);
    EngineRest.Response submitted = node.as(user).post("/task/" + id + "/submit-form", EngineRest.variables(values));
    assertThat(submitted.code()).as("%s: %s", taskKey, submitted.body()).isEqualTo(204);
  }

  private static List<JsonNode> outbox(String reference, String template) {
    ServiceNode live = nodeB.process().isAlive() ? nodeB : nodeA;
    List<JsonNode> rows = new ArrayList<>();
    live.api().get("/notifications?caseReference=" + reference).body().forEach(row -> {
      if (template == null || template.equals(row.get("template").asText())) {
        rows.add(row);
      }
    });
    return rows;
  }

  private static void await(String what, BooleanSupplier condition) {
    ServiceNode.await(what, condition, PATIENCE);
  }
}
