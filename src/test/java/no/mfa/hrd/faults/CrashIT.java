package no.mfa.hrd.faults;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.Fixture;
import no.mfa.hrd.support.ServiceNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * The service is killed (kill -9) while 50 cases are being worked, and started again on the same
 * database: an H2 file by default, PostgreSQL with -Ppostgres. Every case is then at one consistent
 * wait state, no step that was answered as done is lost or done twice, and the case references are
 * unique and without gaps.
 */
class CrashIT {

  private static final int CASES = 50;
  private static final Duration PATIENCE = Duration.ofSeconds(120);
  private static final Fixture DEMARCHE = Fixture.of("demarche");
  /** The mission's steps of a démarche before the desk decides, with their valid values. */
  private static final List<Map.Entry<String, Map<String, Object>>> STEPS = List.of(
      Map.entry("Task_VerifyFacts", DEMARCHE.step("verified")),
      Map.entry("Task_AssessRisk", DEMARCHE.step("lowRisk")),
      Map.entry("Task_ObtainConsent", DEMARCHE.step("consentGiven")),
      Map.entry("Task_CoordinateLikeminded", DEMARCHE.step("coordinated")));
  /** Where each case waits once its mission steps are done: the desk's decision. */
  private static final String AFTER_THE_STEPS = "Task_Decide";

  private ServiceNode node;

  private ServiceNode start(String name) throws IOException {
    String url = System.getProperty("hrd.it.crash.datasource.url");
    List<String> database = url == null || url.isBlank()
        // WRITE_DELAY=0: H2 writes each commit at once; by default it may keep the last half second
        // of commits in memory, which a killed process takes with it.
        ? List.of("--spring.datasource.url=jdbc:h2:file:" + Path.of("target", "crash", "hrd").toAbsolutePath()
            + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0")
        : List.of("--spring.datasource.url=" + url,
            "--spring.datasource.username=" + System.getProperty("hrd.it.datasource.username"),
            "--spring.datasource.password=" + System.getProperty("hrd.it.datasource.password", ""));
    List<String> arguments = new ArrayList<>(database);
    arguments.addAll(List.of("--camunda.bpm.job-execution.wait-time-in-millis=500",
        "--camunda.bpm.job-execution.max-wait=1000", "--camunda.bpm.job-execution.lock-time-in-millis=10000"));
    ServiceNode started = ServiceNode.start(name, "crash", arguments);
    started.awaitHealthy(PATIENCE);
    return started;
  }

  @AfterEach
  void stop() {
    if (node != null) {
      node.process().destroy();
    }
  }

  @Test
  void afterAKillEveryCaseWaitsConsistentlyAndNothingAnsweredIsLostOrRedone() throws Exception {
    FileSystemUtils.deleteRecursively(Path.of("target", "crash"));
    node = start("before-the-crash");
    List<String> references = new ArrayList<>();
    for (int i = 0; i < CASES; i++) {
      EngineRest.Response started = node.as("mission.nairobi").post("/process-definition/key/demarche/submit-form",
          EngineRest.variables(DEMARCHE.step("start")));
      assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
      references.add(started.body().get("businessKey").asText());
    }

    // Four clerks work the cases; the service dies under them after a hundred answered steps.
    Map<String, Set<String>> answered = new ConcurrentHashMap<>();
    AtomicInteger done = new AtomicInteger();
    ExecutorService clerks = Executors.newFixedThreadPool(4);
    ServiceNode working = node;
    for (String reference : references) {
      clerks.submit(() -> {
        for (Map.Entry<String, Map<String, Object>> step : STEPS) {
          if (!work(working, reference, step.getKey(), step.getValue())) {
            return;
          }
          answered.computeIfAbsent(reference, r -> ConcurrentHashMap.newKeySet()).add(step.getKey());
          done.incrementAndGet();
        }
      });
    }
    ServiceNode.await("a hundred steps are answered", () -> done.get() >= 100, PATIENCE);
    node.process().destroyForcibly().waitFor();
    clerks.shutdown();
    assertThat(clerks.awaitTermination(60, TimeUnit.SECONDS)).isTrue();
    assertThat(done.get()).as("the crash came in the middle of the work").isLessThan(CASES * STEPS.size());

    node = start("after-the-crash");
    EngineRest admin = node.as("admin");
    ServiceNode.await("the notifications left behind are sent",
        () -> admin.get("/job/count?messages=true").body().get("count").asInt() == 0, PATIENCE);
    assertThat(admin.get("/incident/count").body().get("count").asInt()).isZero();

    for (String reference : references) {
      List<String> finished = new ArrayList<>();
      for (JsonNode task : admin.get("/history/task?finished=true&processInstanceBusinessKey=" + reference).body()) {
        finished.add(task.get("taskDefinitionKey").asText());
      }
      assertThat(finished).as("%s: no step done twice", reference).doesNotHaveDuplicates();
      assertThat(finished).as("%s: no answered step lost", reference)
          .containsAll(answered.getOrDefault(reference, Set.of()));
      List<String> mission = STEPS.stream().map(Map.Entry::getKey).toList();
      assertThat(mission.subList(0, finished.size())).as("%s: the steps in their order", reference)
          .containsExactlyInAnyOrderElementsOf(finished);
      JsonNode open = admin.get("/task?processInstanceBusinessKey=" + reference).body();
      assertThat(open).as("%s: one wait state", reference).hasSize(1);
      String expected = finished.size() < mission.size() ? mission.get(finished.size()) : AFTER_THE_STEPS;
      assertThat(open.get(0).get("taskDefinitionKey").asText()).as("%s waits at the next step", reference)
          .isEqualTo(expected);
    }

    Set<Integer> numbers = new TreeSet<>();
    for (JsonNode instance : admin.get("/history/process-instance?processDefinitionKey=demarche").body()) {
      numbers.add(Integer.parseInt(instance.get("businessKey").asText().replaceAll("^HRD-\\d{4}-", "")));
    }
    assertThat(numbers).as("unique case references").hasSize(CASES);
    int first = numbers.iterator().next();
    assertThat(numbers).as("without gaps").containsExactlyElementsOf(
        java.util.stream.IntStream.range(first, first + CASES).boxed().toList());
  }

  /** Claims and submits the step's form; false once the service is gone. */
  private static boolean work(ServiceNode node, String reference, String taskKey, Map<String, Object> values) {
    try {
      EngineRest clerk = node.as("mission.nairobi");
      JsonNode tasks = clerk.get("/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey).body();
      if (tasks.size() != 1) {
        return false;
      }
      String id = tasks.get(0).get("id").asText();
      clerk.post("/task/" + id + "/claim", Map.of("userId", "mission.nairobi"));
      return clerk.post("/task/" + id + "/submit-form", EngineRest.variables(values)).code() == 204;
    } catch (RuntimeException serviceGone) {
      return false;
    }
  }
}
