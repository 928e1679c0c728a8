package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.forms.FormField;
import no.mfa.hrd.forms.FormSchema;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A démarche's audit trail and the erasure of its personal data, over REST as the roles use them: the
 * trail shows who did what, when, and the decisions, never personal text; every read of it is recorded
 * in it; after erasure no personal value of the case is found through any engine or service API, while
 * the procedural trail stays.
 */
@ServiceTest
class DemarcheAuditTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;
  @Autowired org.springframework.jdbc.core.JdbcTemplate jdbc;

  private EngineRest api(String user) {
    return EngineRest.as(port, "/api", user, password(user));
  }

  private EngineRest engineRest(String user) {
    return EngineRest.as(port, user, password(user));
  }

  private static String password(String user) {
    return "admin".equals(user) ? "admin" : "demo";
  }

  private RestCase deliveredAndReported() {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    demarche.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    demarche.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    demarche.work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    demarche.work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    demarche.work("desk.africa", "Task_Decide", DemarcheSteps.approval("approve"));
    demarche.work("mission.nairobi", "Task_DeliverReaction", DemarcheSteps.DELIVERED);
    demarche.work("mission.nairobi", "Task_InformDefender", DemarcheSteps.informed("no"));
    demarche.work("mission.nairobi", "Task_ReportOnEffect", DemarcheSteps.REPORTED);
    demarche.work("desk.africa", "Task_AcknowledgeReport", DemarcheSteps.acknowledged("doNotPublish"));
    demarche.runNotifications();
    return demarche;
  }

  @Test
  void theTrailShowsWhoDidWhatAndTheDecisionsButNoPersonalTextAndRecordsEachRead() throws IOException {
    RestCase demarche = deliveredAndReported();
    String path = "/cases/" + demarche.reference() + "/audit";

    JsonNode trail = api("auditor").get(path).body();
    List<String> events = new ArrayList<>();
    trail.get("events").forEach(event -> events.add(String.join(":", text(event, "event"), text(event, "stepId"),
        text(event, "user"), text(event, "field"), text(event, "value"))));
    assertThat(events)
        .contains("processStarted:null:mission.nairobi:null:null")
        .contains("taskCompleted:Task_VerifyFacts:mission.nairobi:null:null")
        .contains("taskClaimed:Task_Decide:desk.africa:assignee:desk.africa")
        .contains("taskCompleted:Task_Decide:desk.africa:null:null")
        .contains("decision:null:desk.africa:ministryDecision:approve")
        .contains("decision:null:mission.nairobi:consentGiven:yes")
        .contains("decision:Task_DetermineRiskLevel:null:riskLevel:low")
        .contains("processEnded:null:null:caseOutcome:reactionDelivered")
        .contains("trailRead:null:auditor:null:null");
    assertThat(trail.get("events")).anySatisfy(event -> {
      assertThat(text(event, "event")).isEqualTo("notification");
      assertThat(text(event, "role")).isEqualTo("desk-africa");
      assertThat(text(event, "detail")).startsWith("TASK_WAITING");
    });
    assertThat(trail.get("events")).filteredOn(event -> text(event, "event").equals("taskCompleted"))
        .allSatisfy(event -> assertThat(text(event, "waited")).startsWith("PT"));
    List<java.time.Instant> times = new ArrayList<>();
    trail.get("events").forEach(event -> times.add(java.time.Instant.parse(event.get("at").asText())));
    assertThat(times).as("in time order").isSorted();
    assertThat(trail.toString()).as("no personal value").doesNotContain(personalValues(demarche));

    EngineRest.Text csv = api("hr.section").getText(path, "text/csv");
    assertThat(csv.code()).isEqualTo(200);
    assertThat(csv.contentType()).startsWith("text/csv");
    List<String> lines = csv.body().lines().toList();
    assertThat(lines.get(0)).isEqualTo("at,event,processKey,processInstanceId,stepId,step,user,role,waited,field,value,detail");
    assertThat(lines).as("one line per event: the first read's events and the second read")
        .hasSize(1 + trail.get("events").size() + 1);
    assertThat(lines).filteredOn(line -> line.contains(",trailRead,")).hasSize(2)
        .anyMatch(line -> line.contains(",hr.section,"));

    for (String outsider : List.of("mission.nairobi", "desk.africa", "humanitarian.section", "comms")) {
      assertThat(api(outsider).get(path).code()).as(outsider).isEqualTo(403);
    }
    assertThat(api("auditor").get("/cases/HRD-2001-99999/audit").code()).isEqualTo(404);
    EngineRest.Response malformed = api("auditor").get("/cases/not-a-reference/audit");
    assertThat(malformed.code()).isEqualTo(400);
    assertThat(malformed.body().toString()).contains("caseReference");
    assertThat(EngineRest.anonymous(port, "/api").get(path).code()).isEqualTo(401);
  }

  @Test
  void erasureLeavesNoPersonalValueFindableAndKeepsTheProcedure() throws IOException {
    RestCase demarche = deliveredAndReported();
    String reference = demarche.reference();
    Set<String> personal = personalValues(demarche);
    assertThat(personal).as("the case holds personal text to erase").hasSizeGreaterThan(5);
    assertThat(everythingReadable(demarche)).as("found before erasure").contains(personal.iterator().next());

    assertThat(api("auditor").post("/cases/" + reference + "/erasure", Map.of()).code()).isEqualTo(403);
    assertThat(api("mission.nairobi").post("/cases/" + reference + "/erasure", Map.of()).code()).isEqualTo(403);
    EngineRest.Response erased = api("hr.section").post("/cases/" + reference + "/erasure", Map.of());
    assertThat(erased.code()).as(erased.body().toString()).isEqualTo(200);
    assertThat(erased.body().get("historyValues").asInt()).isPositive();
    assertThat(erased.body().get("formEntries").asInt()).isPositive();
    assertThat(erased.body().get("erasedBy").asText()).isEqualTo("hr.section");

    String readable = everythingReadable(demarche);
    for (String value : personal) {
      assertThat(readable).as("erased everywhere").doesNotContain(value);
    }
    JsonNode trail = api("auditor").get("/cases/" + reference + "/audit").body();
    List<String> events = new ArrayList<>();
    trail.get("events").forEach(event -> events.add(text(event, "event") + ":" + text(event, "user") + ":"
        + text(event, "value")));
    assertThat(events).as("the procedure and the decisions stay; the erasure is in the trail")
        .contains("taskCompleted:desk.africa:null", "decision:desk.africa:approve", "erasure:hr.section:null");
    assertThat(engineRest("admin").get("/history/user-operation?operationType=DeleteHistory&processInstanceId="
        + demarche.instanceId()).body()).allSatisfy(entry -> assertThat(entry.get("userId").asText()).isEqualTo("hr.section"))
        .isNotEmpty();
  }

  @Test
  void theProcessAuditsShowACompliantCaseAsMetAndFlagADeliveryThatSkippedTheApproval() {
    RestCase compliant = deliveredAndReported();
    JsonNode report = api("auditor").get("/audit/conformance?caseReference=" + compliant.reference()).body();
    assertThat(report.get("cases")).hasSize(1);
    Map<String, String> results = verdicts(report.get("cases").get(0));
    assertThat(results).containsEntry("demarche.approvedByTheMinistry", "met:CallActivity_ApproveDemarche")
        .containsEntry("demarche.factsVerified", "met:Task_VerifyFacts")
        .containsEntry("demarche.consentSought", "met:Task_ObtainConsent")
        .containsEntry("demarche.riskAssessed", "met:Task_DetermineRiskLevel")
        .containsEntry("demarche.effectReported", "met:Task_ReportOnEffect")
        .containsEntry("demarche.defenderInformed", "met:Task_InformDefender")
        .containsEntry("demarche.reprisalsWeighedBeforeMultilateral", "notApplicable:null")
        .containsEntry("prisonVisit.consultedInAdvance", "notApplicable:null");
    assertThat(report.get("rules").size()).isEqualTo(results.size());
    org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(30)).untilAsserted(() ->
        assertThat(jdbc.queryForObject("select count(*) from hrd_conformance where case_reference = ?", Integer.class,
            compliant.reference())).as("verdicts stored once the case ended").isEqualTo(1));

    // An administrator moves a case past the Ministry's approval with the modification API.
    RestCase skipped = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    skipped.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    skipped.work("mission.nairobi", "Task_AssessRisk", DemarcheSteps.LOW_RISK);
    skipped.work("mission.nairobi", "Task_ObtainConsent", DemarcheSteps.consent("yes"));
    skipped.work("mission.nairobi", "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED);
    skipped.runNotifications();
    EngineRest.Response modified = engineRest("admin").post("/process-instance/" + skipped.instanceId() + "/modification",
        Map.of("skipCustomListeners", false, "instructions", List.of(
            Map.of("type", "cancel", "activityId", "CallActivity_ApproveDemarche"),
            Map.of("type", "startBeforeActivity", "activityId", "Task_DeliverReaction"))));
    assertThat(modified.code()).as(String.valueOf(modified.body())).isEqualTo(204);
    skipped.work("mission.nairobi", "Task_DeliverReaction", DemarcheSteps.DELIVERED);

    JsonNode violations = api("hr.section").get("/audit/conformance?result=violated").body();
    List<String> flagged = new ArrayList<>();
    violations.get("cases").forEach(flaggedCase -> flaggedCase.get("results").forEach(verdict -> flagged.add(
        flaggedCase.get("caseReference").asText() + ":" + verdict.get("rule").asText() + ":"
            + verdict.get("event").get("activityId").asText() + ":" + verdict.get("event").get("processInstanceId").asText())));
    assertThat(flagged).contains(skipped.reference() + ":demarche.approvedByTheMinistry:Task_DeliverReaction:" + skipped.instanceId())
        .noneMatch(line -> line.startsWith(compliant.reference()));
    assertThat(violations.get("summary").get("violated").asInt()).isPositive();
    assertThat(verdicts(api("auditor").get("/audit/conformance?caseReference=" + skipped.reference()).body().get("cases").get(0)))
        .as("the rest of the procedure was followed").containsEntry("demarche.factsVerified", "met:Task_VerifyFacts")
        .containsEntry("demarche.effectReported", "pending:Task_DeliverReaction");

    assertThat(api("mission.nairobi").get("/audit/conformance").code()).isEqualTo(403);
    assertThat(api("auditor").get("/audit/conformance?result=fine").code()).isEqualTo(400);
    assertThat(api("auditor").get("/audit/conformance?caseReference=x").code()).isEqualTo(400);
  }

  private static Map<String, String> verdicts(JsonNode caseResult) {
    Map<String, String> results = new HashMap<>();
    caseResult.get("results").forEach(verdict -> results.put(verdict.get("rule").asText(), verdict.get("result").asText()
        + ":" + (verdict.hasNonNull("event") ? verdict.get("event").get("activityId").asText() : "null")));
    return results;
  }

  @Test
  void anAdministratorsTextInADecisionFieldOrATaskNameNeverReachesTheTrail() {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    String task = engineRest("admin").get("/task?processInstanceId=" + demarche.instanceId()).body().get(0).get("id").asText();
    assertThat(engineRest("admin").put("/task/" + task, Map.of("name", "Zelda Marker at 12 Elm Road", "priority", 50)).code())
        .isEqualTo(204);
    assertThat(engineRest("admin").post("/process-instance/" + demarche.instanceId() + "/variables",
        Map.of("modifications", Map.of("urgency", Map.of("value", "Zelda Marker urgent"))))).satisfies(
            response -> assertThat(response.code()).isEqualTo(204));

    String trail = api("auditor").get("/cases/" + demarche.reference() + "/audit").body().toString();
    assertThat(trail).doesNotContain("Zelda").contains("\"field\":\"urgency\",\"value\":\"[not shown]\"")
        .contains("\"stepId\":\"Task_VerifyFacts\",\"step\":\"Verify facts\"");

    // An assignee is shown as it is; in the CSV a spreadsheet formula is only text.
    assertThat(engineRest("admin").put("/task/" + task, Map.of("name", "Verify facts", "priority", 50,
        "assignee", "=HYPERLINK(\"http://evil.example\")")).code()).isEqualTo(204);
    String csv = api("auditor").getText("/cases/" + demarche.reference() + "/audit", "text/csv").body();
    assertThat(csv).contains("'=HYPERLINK").doesNotContain(",\"=HYPERLINK").doesNotContain(",=HYPERLINK");
  }

  @Test
  void erasuresOfOneCaseAtOnceEraseItOnceAndOneThatCannotAnswerIsNotRun() throws Exception {
    RestCase demarche = deliveredAndReported();
    String path = "/cases/" + demarche.reference() + "/erasure";
    EngineRest.Text unanswerable = EngineRest.as(port, "/api", "hr.section", "demo").postText(path, "text/csv");
    assertThat(unanswerable.code()).isEqualTo(406);
    assertThat(api("auditor").get("/cases/" + demarche.reference() + "/audit").body().toString())
        .as("refused before it ran").doesNotContain("\"erasure\"");

    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(3);
    int erased = 0;
    try {
      List<java.util.concurrent.Future<EngineRest.Response>> erasures = new ArrayList<>();
      for (String user : List.of("hr.section", "admin", "hr.section")) {
        erasures.add(pool.submit(() -> api(user).post(path, Map.of())));
      }
      for (java.util.concurrent.Future<EngineRest.Response> erasure : erasures) {
        EngineRest.Response response = erasure.get();
        assertThat(response.code()).as(String.valueOf(response.body())).isIn(200, 409);
        if (response.code() == 200) {
          erased += response.body().get("historyValues").asInt();
        }
      }
    } finally {
      pool.shutdownNow();
    }
    assertThat(api("admin").post(path, Map.of()).body().get("historyValues").asInt()).as("nothing left").isZero();
    int deletions = 0;
    for (JsonNode instance : engineRest("admin").get("/history/process-instance?processInstanceBusinessKey="
        + demarche.reference()).body()) {
      deletions += engineRest("admin").get("/history/user-operation?operationType=DeleteHistory&entityType=Variable"
          + "&processInstanceId=" + instance.get("id").asText()).body().size();
    }
    assertThat(erased).as("each value erased once, by one of them").isPositive().isEqualTo(deletions);
  }

  /** What any API shows of the case to an administrator, who may read everything. */
  private String everythingReadable(RestCase demarche) {
    String reference = demarche.reference();
    EngineRest admin = engineRest("admin");
    List<String> ids = new ArrayList<>();
    admin.get("/history/process-instance?processInstanceBusinessKey=" + reference).body()
        .forEach(instance -> ids.add(instance.get("id").asText()));
    String in = String.join(",", ids);
    StringBuilder all = new StringBuilder();
    Stream.of("/history/variable-instance?deserializeValues=false&processInstanceIdIn=" + in,
        "/history/detail?deserializeValues=false&processInstanceIdIn=" + in,
        "/variable-instance?deserializeValues=false&processInstanceIdIn=" + in,
        "/history/task?processInstanceBusinessKey=" + reference,
        "/history/process-instance?processInstanceBusinessKey=" + reference,
        "/task?processInstanceBusinessKey=" + reference)
        .forEach(path -> all.append(admin.get(path).body()));
    for (String id : ids) {
      Stream.of("/history/user-operation?processInstanceId=" + id,
          "/history/decision-instance?includeInputs=true&includeOutputs=true&processInstanceId=" + id,
          "/history/activity-instance?processInstanceId=" + id, "/history/incident?processInstanceId=" + id,
          "/history/identity-link-log?processInstanceId=" + id)
          .forEach(path -> all.append(admin.get(path).body()));
    }
    EngineRest service = EngineRest.as(port, "/api", "admin", "admin");
    Stream.of("/cases/" + reference, "/cases/" + reference + "/audit", "/notifications?caseReference=" + reference)
        .forEach(path -> all.append(service.get(path).body()));
    return all.toString();
  }

  /** The case's values of free-text fields its forms mark as personal, as the history holds them. */
  private Set<String> personalValues(RestCase demarche) throws IOException {
    Set<String> freeTextPersonal = new HashSet<>();
    try (Stream<Path> forms = Files.list(Path.of("forms"))) {
      for (Path form : forms.toList()) {
        FormSchema schema = FormSchema.parse(JSON.readTree(form.toFile()));
        schema.fields().values().stream()
            .filter(field -> field.personal() && Set.of("textfield", "textarea").contains(field.type()))
            .map(FormField::key).forEach(freeTextPersonal::add);
      }
    }
    Map<String, String> values = new HashMap<>();
    engineRest("admin").get("/history/variable-instance?processInstanceId=" + demarche.instanceId()).body()
        .forEach(variable -> {
          if (freeTextPersonal.contains(variable.get("name").asText()) && variable.get("value").isTextual()
              && variable.get("value").asText().length() >= 6) {
            values.put(variable.get("name").asText(), variable.get("value").asText());
          }
        });
    return new HashSet<>(values.values());
  }

  private static String text(JsonNode event, String field) {
    return event.hasNonNull(field) ? event.get(field).asText() : "null";
  }
}
