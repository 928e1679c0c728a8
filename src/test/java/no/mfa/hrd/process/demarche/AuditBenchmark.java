package no.mfa.hrd.process.demarche;

import static no.mfa.hrd.support.Scenario.DESK_AFRICA;
import static no.mfa.hrd.support.Scenario.NAIROBI;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.function.Supplier;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.Scenario;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 16's measure, not a test: run with {@code mvn test -Pbenchmark} ({@code -Dbench.cases=10000}
 * finished démarches by default, {@code -Dbench.trail-events=1000}; {@code -Dbench.db=target/bench/hrd-...}
 * with {@code -Dbench.cases=0} measures again on the database of an earlier run). Prints the median time over REST of
 * one case's trail and of the conformance report over all cases; asserts only that they were produced.
 */
@ServiceTest
@Tag("benchmark")
// No mail server: the outbox records each notification, as the service does without one. A file database,
// as the service's own: ten thousand cases' history does not fit in the test's heap.
@TestPropertySource(properties = {
    "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
    "spring.datasource.url=jdbc:h2:file:${bench.db:./target/bench/hrd-${random.uuid}};LOCK_TIMEOUT=10000"})
class AuditBenchmark {

  private static final int CASES = Integer.getInteger("bench.cases", 10_000);
  private static final int TRAIL_EVENTS = Integer.getInteger("bench.trail-events", 1_000);

  @LocalServerPort int port;
  @Autowired ProcessEngine engine;

  private EngineRest auditor() {
    return EngineRest.as(port, "/api", "auditor", "demo");
  }

  @Test
  void trailOfACaseWithAThousandEvents() {
    Scenario scenario = new Scenario(engine);
    ProcessInstance instance = scenario.start("demarche", DemarcheSteps.start("demarche"), NAIROBI);
    Task task = scenario.task(instance, "Task_VerifyFacts");
    engine.getIdentityService().setAuthentication(NAIROBI.user(), List.of(NAIROBI.group()));
    try {
      // Claimed and given back again and again: each is an operation the trail shows.
      for (int i = 0; i < TRAIL_EVENTS / 2; i++) {
        engine.getTaskService().claim(task.getId(), NAIROBI.user());
        engine.getTaskService().setAssignee(task.getId(), null);
      }
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
    String path = "/cases/" + instance.getBusinessKey() + "/audit";
    int events = auditor().get(path).body().get("events").size();
    assertThat(events).isGreaterThanOrEqualTo(TRAIL_EVENTS);
    report("trail of one case with " + events + " events", () -> auditor().get(path).body());
  }

  @Test
  void conformanceReportOverTenThousandFinishedCases() {
    Scenario scenario = new Scenario(engine);
    long started = System.nanoTime();
    java.util.concurrent.atomic.AtomicInteger made = new java.util.concurrent.atomic.AtomicInteger();
    // Two at a time: the machine's two cores.
    java.util.stream.IntStream.range(0, CASES).parallel().forEach(i -> {
      ProcessInstance instance = scenario.start("demarche", DemarcheSteps.start("demarche"), NAIROBI);
      scenario.work(instance, "Task_VerifyFacts", DemarcheSteps.verify("verified"), NAIROBI);
      scenario.work(instance, "Task_AssessRisk", DemarcheSteps.LOW_RISK, NAIROBI);
      scenario.work(instance, "Task_ObtainConsent", DemarcheSteps.consent("yes"), NAIROBI);
      scenario.work(instance, "Task_CoordinateLikeminded", DemarcheSteps.COORDINATED, NAIROBI);
      scenario.work(instance, "Task_Decide", DemarcheSteps.approval("approve"), DESK_AFRICA);
      scenario.work(instance, "Task_DeliverReaction", DemarcheSteps.DELIVERED, NAIROBI);
      scenario.work(instance, "Task_InformDefender", DemarcheSteps.informed("no"), NAIROBI);
      scenario.work(instance, "Task_ReportOnEffect", DemarcheSteps.REPORTED, NAIROBI);
      scenario.work(instance, "Task_AcknowledgeReport", DemarcheSteps.acknowledged("doNotPublish"), DESK_AFRICA);
      scenario.runNotifications(instance);
      if (made.incrementAndGet() % 1000 == 0) {
        System.out.printf("BENCHMARK %d cases made in %d s%n", made.get(), (System.nanoTime() - started) / 1_000_000_000);
      }
    });
    System.out.printf("BENCHMARK %d cases made in %d s%n", made.get(), (System.nanoTime() - started) / 1_000_000_000);
    long cold = System.nanoTime();
    JsonNode first = auditor().get("/audit/conformance?result=violated").body();
    int verdicts = 0;
    for (JsonNode count : first.get("summary")) {
      verdicts += count.asInt();
    }
    int cases = verdicts / first.get("rules").size();
    System.out.printf("BENCHMARK conformance report over %d cases, first call (verdicts not stored yet are evaluated"
        + " and stored): %d ms%n", cases, (System.nanoTime() - cold) / 1_000_000);
    assertThat(first.get("summary").get("met").asInt()).isGreaterThanOrEqualTo(Math.max(CASES, 1) * 6);
    report("conformance report over " + cases + " cases (violations listed)",
        () -> auditor().get("/audit/conformance?result=violated").body());
    report("conformance report over " + cases + " cases (all results, the first 1,000 cases listed)",
        () -> auditor().get("/audit/conformance").body());
  }

  private static void report(String what, Supplier<Object> call) {
    List<Long> millis = new ArrayList<>();
    for (int run = 0; run < 7; run++) {
      long start = System.nanoTime();
      assertThat(call.get()).isNotNull();
      millis.add((System.nanoTime() - start) / 1_000_000);
    }
    Collections.sort(millis);
    System.out.printf("BENCHMARK %s: median %d ms (min %d, max %d, 7 runs)%n", what, millis.get(3), millis.get(0),
        millis.get(6));
  }
}
