package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.Scenario;
import no.mfa.hrd.support.Scenario.Staff;
import no.mfa.hrd.support.Timings;
import no.mfa.hrd.support.WebappSession;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.TestPropertySource;

/**
 * Issue 18's measure of Tasklist, not a test: {@code mvn test -Pbenchmark -Dtest=TasklistBenchmark}
 * ({@code -Dbench.open-tasks=1000,10000} by default). Opens démarches, spread over the three demo missions
 * and left at their first task, until each count of open tasks is reached, and there times the calls
 * Tasklist makes for {@code mission.nairobi}'s "My group's tasks" (the list as HAL and as JSON, its count),
 * and the same page through {@code GET /task}. Writes {@code target/bench/tasklist-*.json} and {@code .md}.
 * On PostgreSQL: {@code -Dbench.url=jdbc:postgresql://host:port/db -Dbench.user=postgres} (an empty database).
 *
 * <p>H2 answers a statement repeated with the same parameters from its last result when no table
 * changed since ({@code OPTIMIZE_REUSE_RESULTS}); a running service changes its tables all the time, so
 * the benchmark switches that off, or it would time a cache, not the query.
 */
@ServiceTest
@Tag("benchmark")
@TestPropertySource(properties = {
    "spring.autoconfigure.exclude=org.springframework.boot.autoconfigure.mail.MailSenderAutoConfiguration",
    "spring.datasource.url=${bench.url:jdbc:h2:file:./target/bench/tasklist-${random.uuid};LOCK_TIMEOUT=10000;"
        + "OPTIMIZE_REUSE_RESULTS=FALSE}",
    "spring.datasource.username=${bench.user:sa}", "spring.datasource.password=${bench.password:}"})
class TasklistBenchmark {

  private static final List<Integer> OPEN_TASKS = Arrays.stream(System.getProperty("bench.open-tasks", "1000,10000")
      .split(",")).map(String::trim).map(Integer::valueOf).toList();
  // Enough calls for the JIT to compile the request path: with 5, a small count measured a cold JVM.
  private static final int WARM_UP = Integer.getInteger("bench.warm-up", 200);
  private static final int RUNS = Integer.getInteger("bench.runs", 30);
  private static final Staff[] MISSIONS = {Scenario.NAIROBI, new Staff("mission.bogota", "mission-bogota"),
      new Staff("mission.ankara", "mission-ankara")};
  private static final String TASKLIST_BODY = "{\"processVariables\":[],\"taskVariables\":[],"
      + "\"caseInstanceVariables\":[],\"sorting\":[{\"sortBy\":\"created\",\"sortOrder\":\"desc\"}]}";
  private static final ObjectMapper JSON = new ObjectMapper();

  @LocalServerPort int port;
  @Value("${spring.datasource.url}") String database;
  @Autowired ProcessEngine engine;

  private final HttpClient http = HttpClient.newHttpClient();

  record Timing(String call, int openTasks, int inGroup, int runs, double p50, double p95, double p99, double max) {}

  @Test
  void tasklistsCallsAsOpenCasesGrow() throws Exception {
    Scenario scenario = new Scenario(engine);
    String filter = filterId("My group's tasks");
    List<Timing> timings = new ArrayList<>();
    AtomicInteger opened = new AtomicInteger((int) openTasks());
    for (int target : OPEN_TASKS) {
      // Two at a time: the machine's two cores.
      IntStream.range(opened.get(), target).parallel().forEach(i -> {
        ProcessInstance instance = scenario.start("demarche", DemarcheSteps.start("demarche"), MISSIONS[i % 3]);
        scenario.runNotifications(instance);
        opened.incrementAndGet();
      });
      int open = (int) openTasks();
      int inGroup = (int) engine.getTaskService().createTaskQuery().taskCandidateGroup("mission-nairobi").count();
      String list = "/filter/" + filter + "/list?firstResult=0&maxResults=15";
      timings.add(time("filter list, HAL (as Tasklist)", open, inGroup, () -> post(list, "application/hal+json")));
      timings.add(time("filter list, JSON", open, inGroup, () -> post(list, "application/json")));
      timings.add(time("filter count", open, inGroup, () -> post("/filter/" + filter + "/count", "application/json")));
      timings.add(time("GET /task?candidateGroup=…&maxResults=15", open, inGroup,
          () -> get("/task?candidateGroup=mission-nairobi&sortBy=created&sortOrder=desc&maxResults=15")));
      // Tasklist itself: the webapp's session (authenticated once, not per call as HTTP Basic is).
      WebappSession tasklist = WebappSession.login(port, "tasklist", Scenario.NAIROBI.user(), "demo");
      timings.add(time("filter list, HAL, Tasklist's session", open, inGroup,
          () -> assertThat(tasklist.enginePost(list, TASKLIST_BODY, "application/hal+json").statusCode()).isEqualTo(200)));
      timings.add(time("filter count, Tasklist's session", open, inGroup,
          () -> assertThat(tasklist.enginePost("/filter/" + filter + "/count", TASKLIST_BODY).statusCode()).isEqualTo(200)));
    }
    write(timings);
  }

  private long openTasks() {
    return engine.getTaskService().createTaskQuery().count();
  }

  private Timing time(String call, int open, int inGroup, Runnable request) {
    for (int i = 0; i < WARM_UP; i++) {
      request.run();
    }
    double[] millis = new double[RUNS];
    for (int i = 0; i < RUNS; i++) {
      long start = System.nanoTime();
      request.run();
      millis[i] = (System.nanoTime() - start) / 1e6;
    }
    Arrays.sort(millis);
    Timing timing = new Timing(call, open, inGroup, RUNS, Timings.percentile(millis, 50),
        Timings.percentile(millis, 95), Timings.percentile(millis, 99), Timings.percentile(millis, 100));
    System.out.printf("BENCHMARK %s%n", timing);
    return timing;
  }

  private void write(List<Timing> timings) throws IOException {
    Map<String, Object> report = new LinkedHashMap<>();
    report.put("database", database);
    report.put("client", "one keep-alive client as mission.nairobi: HTTP Basic at /engine-rest, or Tasklist's session");
    report.put("timings", timings);
    StringBuilder table = new StringBuilder("| call | open tasks (in the clerk's group) | p50 ms | p95 ms | p99 ms | max ms |\n"
        + "|---|---|---|---|---|---|\n");
    timings.forEach(t -> table.append(String.format("| %s | %,d (%,d) | %.1f | %.1f | %.1f | %.1f |%n", t.call(),
        t.openTasks(), t.inGroup(), t.p50(), t.p95(), t.p99(), t.max())));
    Timings.write("tasklist", report, table.toString());
  }

  private String filterId(String name) throws Exception {
    JsonNode filters = JSON.readTree(send(HttpRequest.newBuilder(uri("/filter?resourceType=Task")).GET(), "application/json"));
    for (JsonNode filter : filters) {
      if (name.equals(filter.get("name").asText())) {
        return filter.get("id").asText();
      }
    }
    throw new IllegalStateException("no filter " + name);
  }

  private void post(String path, String accept) {
    send(HttpRequest.newBuilder(uri(path)).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(TASKLIST_BODY)), accept);
  }

  private void get(String path) {
    send(HttpRequest.newBuilder(uri(path)).GET(), "application/json");
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + "/engine-rest" + path);
  }

  private String send(HttpRequest.Builder request, String accept) {
    try {
      HttpResponse<String> response = http.send(request.header("Accept", accept).header("Authorization",
          "Basic " + Base64.getEncoder().encodeToString("mission.nairobi:demo".getBytes())).build(),
          HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
      return response.body();
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }
}
