package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.RestCase;
import no.mfa.hrd.support.TestMail;
import no.mfa.hrd.support.WebappSession;
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
 * HR section, auditors and administrators read it, over REST or from Cockpit with the webapps' login. The
 * process audits narrow to one rule and page through the cases.
 */
@ServiceTest
class DemarcheDashboardTest {

  @RegisterExtension static GreenMailExtension mail = TestMail.server();

  private static final ObjectMapper JSON = new ObjectMapper();

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

  @Test
  void cockpitsViewsReadTheSameApiWithTheWebappLoginForTheirRolesOnly() throws Exception {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    String webapps = "/camunda/api/hrd";

    WebappSession hr = WebappSession.login(port, "cockpit", "hr.section", "demo");
    HttpResponse<String> figures = hr.get(webapps + "/dashboard");
    assertThat(figures.statusCode()).isEqualTo(200);
    assertThat(JSON.readTree(figures.body()).get("openByMission").get("mission-nairobi").asLong()).isPositive();
    WebappSession auditor = WebappSession.login(port, "cockpit", "auditor", "demo");
    assertThat(auditor.get(webapps + "/cases/" + demarche.reference() + "/audit").statusCode()).isEqualTo(200);
    assertThat(api("auditor").get("/cases/" + demarche.reference() + "/audit").body().get("events"))
        .as("the read through Cockpit is recorded").anySatisfy(event -> {
          assertThat(event.get("event").asText()).isEqualTo("trailRead");
          assertThat(event.get("user").asText()).isEqualTo("auditor");
        });
    assertThat(auditor.get(webapps + "/audit/conformance?caseReference=" + demarche.reference()).statusCode()).isEqualTo(200);

    // A mission may not log in to Cockpit; logged in to Tasklist, its session gets no figures and no trail.
    assertThat(WebappSession.login(port, "cockpit", "mission.nairobi", "demo").loginStatus()).isEqualTo(403);
    WebappSession mission = WebappSession.login(port, "tasklist", "mission.nairobi", "demo");
    assertThat(mission.get(webapps + "/dashboard").statusCode()).isEqualTo(403);
    assertThat(mission.get(webapps + "/cases/" + demarche.reference() + "/audit").statusCode()).isEqualTo(403);
    assertThat(mission.get(webapps + "/audit/conformance").statusCode()).isEqualTo(403);
    assertThat(WebappSession.login(port, "tasklist", "nobody", "wrong").get(webapps + "/dashboard").statusCode())
        .isEqualTo(401);

    // A change through the webapps needs their CSRF token: without it nothing is erased and the session ends.
    String erasure = webapps + "/cases/" + demarche.reference() + "/erasure";
    assertThat(hr.post(erasure, false).statusCode()).isEqualTo(403);
    assertThat(engine.getRuntimeService().getVariable(demarche.instanceId(), "defenderName")).isNotNull();
    assertThat(hr.get(webapps + "/dashboard").statusCode()).isEqualTo(401);
    WebappSession again = WebappSession.login(port, "cockpit", "hr.section", "demo");
    assertThat(again.post(erasure, true).statusCode()).isEqualTo(200);
    assertThat(engine.getRuntimeService().getVariable(demarche.instanceId(), "defenderName")).isNull();
  }

  @Test
  void anotherSitesPageErasesNothingAndReadsNothingWithCredentialsTheBrowserRemembers() throws Exception {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    HttpClient http = HttpClient.newHttpClient();
    String basic = "Basic " + java.util.Base64.getEncoder().encodeToString("hr.section:demo".getBytes());
    String base = "http://localhost:" + port;
    java.util.function.BiFunction<String, String[], HttpResponse<String>> post = (path, headers) -> send(http,
        HttpRequest.newBuilder(URI.create(base + path)).header("Authorization", basic).headers(headers)
            .POST(HttpRequest.BodyPublishers.ofString("x=1")).build());

    // A hidden form on another site, posting with the HR section's remembered credentials.
    String erasure = "/api/cases/" + demarche.reference() + "/erasure";
    for (String[] browser : List.of(new String[] {"Origin", "http://evil.example", "Content-Type", "text/plain"},
        new String[] {"Sec-Fetch-Site", "cross-site", "Content-Type", "text/plain"},
        new String[] {"Sec-Fetch-Site", "same-site", "Content-Type", "text/plain"},
        new String[] {"Origin", "null", "Content-Type", "application/x-www-form-urlencoded"})) {
      HttpResponse<String> refused = post.apply(erasure, browser);
      assertThat(refused.statusCode()).as(String.join(" ", browser)).isEqualTo(403);
      assertThat(refused.body()).contains("another site");
    }
    assertThat(engine.getRuntimeService().getVariable(demarche.instanceId(), "defenderName")).isNotNull();
    HttpResponse<String> link = send(http, HttpRequest.newBuilder(URI.create(base + "/api/cases/" + demarche.reference()
        + "/audit")).header("Authorization", basic).header("Sec-Fetch-Site", "cross-site").GET().build());
    assertThat(link.statusCode()).as("a link from another site records no read").isEqualTo(403);
    assertThat(send(http, HttpRequest.newBuilder(URI.create(base + "/engine-rest/task")).header("Authorization", basic)
        .header("Origin", "http://evil.example").GET().build()).statusCode()).isEqualTo(403);

    // The service's own pages and REST clients pass, and no answer is kept in a cache.
    HttpResponse<String> own = send(http, HttpRequest.newBuilder(URI.create(base + "/api/dashboard"))
        .header("Authorization", basic).header("Origin", base).header("Sec-Fetch-Site", "same-origin").GET().build());
    assertThat(own.statusCode()).isEqualTo(200);
    assertThat(own.headers().firstValue("Cache-Control")).hasValue("no-store");
    assertThat(post.apply(erasure, new String[] {"Accept", "application/json"}).statusCode()).isEqualTo(200);
  }

  private static HttpResponse<String> send(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (java.io.IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  @Test
  void theProcessAuditsNarrowToOneRuleAndPageThroughTheCases() {
    RestCase demarche = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    demarche.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));
    RestCase other = RestCase.open(port, engine, "mission.nairobi", "demarche", DemarcheSteps.start("demarche"));
    other.work("mission.nairobi", "Task_VerifyFacts", DemarcheSteps.verify("verified"));

    JsonNode one = api("auditor").get("/audit/conformance?rule=demarche.factsVerified&caseReference=" + demarche.reference())
        .body();
    assertThat(one.get("cases")).singleElement().satisfies(verdicts -> assertThat(verdicts.get("results"))
        .allSatisfy(verdict -> assertThat(verdict.get("rule").asText()).isEqualTo("demarche.factsVerified")));
    int counted = 0;
    for (JsonNode count : one.get("summary")) {
      counted += count.asInt();
    }
    assertThat(counted).as("the summary counts the chosen rule only").isEqualTo(one.get("cases").get(0).get("results").size());

    JsonNode all = api("auditor").get("/audit/conformance?rule=demarche.factsVerified").body();
    assertThat(all.get("matchingCases").asInt()).isGreaterThanOrEqualTo(2);
    JsonNode first = api("auditor").get("/audit/conformance?rule=demarche.factsVerified&maxResults=1").body();
    JsonNode second = api("auditor").get("/audit/conformance?rule=demarche.factsVerified&maxResults=1&firstResult=1").body();
    assertThat(first.get("cases")).hasSize(1);
    assertThat(second.get("cases")).hasSize(1);
    assertThat(first.get("cases").get(0).get("caseReference")).isNotEqualTo(second.get("cases").get(0).get("caseReference"));
    assertThat(first.get("matchingCases")).isEqualTo(all.get("matchingCases"));

    for (String refused : List.of("rule=demarche.nothing", "maxResults=0", "maxResults=1001", "maxResults=ten",
        "firstResult=-1")) {
      EngineRest.Response response = api("auditor").get("/audit/conformance?" + refused);
      assertThat(response.code()).as(refused).isEqualTo(400);
      assertThat(response.body().get("message").asText()).as(refused).startsWith(refused.substring(0, refused.indexOf('=')) + ":");
    }
  }
}
