package no.mfa.hrd.process.demarche;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.File;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import no.mfa.hrd.casefile.CaseVariables;
import no.mfa.hrd.process.demarche.plain.PlainCamunda;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.ServiceNode;
import no.mfa.hrd.support.Timings;
import no.mfa.hrd.support.Timings.Timing;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 18's measure of our layers, not a test: the service (the built jar) and plain Camunda
 * ({@link PlainCamunda}: the same models, forms and engine settings, none of our layers), each in a JVM
 * of its own with the JVM settings the README recommends for production, driven side by side over
 * REST by one keep-alive client with HTTP Basic, authorizations on.
 *
 * <pre>mvn -B package -DskipTests &amp;&amp; mvn test -Pbenchmark -Dtest=ServiceBenchmark</pre>
 *
 * <ol>
 *   <li>Start-up time (launch until healthy) and RSS, on an empty database.</li>
 *   <li>Both are filled with {@code bench.open-cases} démarches (10,000) left at their first task,
 *       spread over the three demo missions, through the start form.</li>
 *   <li>Then the démarche's main path is walked to its end, {@code bench.warm-up} times unmeasured and
 *       {@code bench.runs} times measured (100 and 200), by the mission and its desk, ten cases on each
 *       service in turn: open it, and at each step find the task, claim it and submit its form.</li>
 *   <li>RSS after the load, and the start-up time again on the now filled database.</li>
 * </ol>
 * Writes {@code target/bench/service-*.json} and {@code .md}, and deletes the two databases unless
 * {@code -Dbench.keep=true}. On PostgreSQL:
 * {@code -Dbench.url=jdbc:postgresql://…/ours -Dbench.plain-url=jdbc:postgresql://…/plain -Dbench.user=postgres}
 * (two empty databases). {@code -Dservice.jvm.args="…"} changes the JVM settings of both.
 */
@Tag("benchmark")
class ServiceBenchmark {

  private static final int OPEN_CASES = Integer.getInteger("bench.open-cases", 10_000);
  private static final int WARM_UP = Integer.getInteger("bench.warm-up", 100);
  private static final int RUNS = Integer.getInteger("bench.runs", 200);
  /**
   * Walks on one service before the other's turn: work a service does after answering (the verdicts of
   * an ended case, notifications) then falls mostly into its own walks, not the other's.
   */
  private static final int TURN = 10;
  /** The README's production settings: the pom's service.jvm.args (-Dservice.jvm.args="…" to try others). */
  private static final String JVM = System.getProperty("hrd.service.jvm", "-Xmx256m");
  private static final Duration PATIENCE = Duration.ofMinutes(3);
  private static final String[][] MISSIONS = {
      {"mission.nairobi", "mission-nairobi"}, {"mission.bogota", "mission-bogota"}, {"mission.ankara", "mission-ankara"}};
  private static final String MISSION = "mission.nairobi";
  private static final String DESK = "desk.africa";
  private static final ObjectMapper JSON = new ObjectMapper();

  /** The main path of DemarcheRestTest: each step's task, who works it, and the form's values. */
  private static final List<Step> MAIN_PATH = List.of(
      new Step("Task_VerifyFacts", MISSION, DemarcheSteps.verify("verified")),
      new Step("Task_AssessRisk", MISSION, DemarcheSteps.LOW_RISK),
      new Step("Task_ObtainConsent", MISSION, DemarcheSteps.consent("yes")),
      new Step("Task_CoordinateLikeminded", MISSION, DemarcheSteps.COORDINATED),
      new Step("Task_Decide", DESK, DemarcheSteps.approval("approve")),
      new Step("Task_DeliverReaction", MISSION, DemarcheSteps.DELIVERED),
      new Step("Task_InformDefender", MISSION, DemarcheSteps.informed("no")),
      new Step("Task_ReportOnEffect", MISSION, DemarcheSteps.REPORTED),
      new Step("Task_AcknowledgeReport", DESK, DemarcheSteps.acknowledged("doNotPublish")));

  record Step(String taskKey, String user, Map<String, Object> values) {}

  /** One of the two services under measure, and what it needs from the client that the other does not. */
  private record Service(String name, ServiceNode node, boolean plain) {
    /** Plain Camunda has no case file: the client names the mission's and the desk's groups. */
    Map<String, Object> startValues(String missionGroup) {
      Map<String, Object> values = new HashMap<>(DemarcheSteps.start("demarche"));
      if (plain) {
        values.put(CaseVariables.MISSION_GROUP, missionGroup);
        values.put(CaseVariables.DESK_GROUP, PlainCamunda.DESK_OF_MISSION.get(missionGroup));
      }
      return values;
    }
  }

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
  private final Timings timings = new Timings();
  private final Map<String, Object> facts = new LinkedHashMap<>();
  private final Map<String, Map<String, Long>> resources = new LinkedHashMap<>();

  @Test
  void theServiceAndPlainCamundaDoTheSameWorkSideBySide() throws Exception {
    String jar = System.getProperty("hrd.it.jar");
    assertThat(jar != null && new File(jar).isFile()).as("the service's jar (mvn -B package -DskipTests first): " + jar)
        .isTrue();
    Path dir = Files.createDirectories(Path.of("target", "bench", "service-" + System.currentTimeMillis()))
        .toAbsolutePath();
    List<String> jvm = Arrays.asList(JVM.trim().split("\\s+"));
    List<String> ours = new ArrayList<>(jvm);
    ours.addAll(List.of("-jar", jar));
    List<String> plain = new ArrayList<>(jvm);
    plain.addAll(List.of("-cp", testClassPath(), PlainCamunda.class.getName()));
    List<String> oursArguments = database("bench.url", dir.resolve("ours"));
    List<String> plainArguments = new ArrayList<>(database("bench.plain-url", dir.resolve("plain")));
    plainArguments.add("--spring.config.name=plain-camunda");
    facts.put("jvm", JVM);
    facts.put("database", System.getProperty("bench.url", "H2 file (WRITE_DELAY=0)"));
    facts.put("client", "one keep-alive client, HTTP Basic, authorizations on");
    facts.put("open cases", OPEN_CASES);
    facts.put("walks measured per service", RUNS + " (after " + WARM_UP + " unmeasured)");

    Service service = start("HRD Support", "hrd-support", ours, oursArguments, false, "start-up on an empty database");
    Service baseline = start("plain Camunda", "plain-camunda", plain, plainArguments, true, "start-up on an empty database");
    try {
      fill(service);
      fill(baseline);
      for (int turn = 0; turn < WARM_UP + RUNS; turn += TURN) {
        for (Service next : List.of(baseline, service)) {
          for (int i = turn; i < Math.min(turn + TURN, WARM_UP + RUNS); i++) {
            walk(next, i >= WARM_UP);
          }
        }
      }
      resource("RSS after the load, MB", service.name(), service.node().rssMegabytes());
      resource("RSS after the load, MB", baseline.name(), baseline.node().rssMegabytes());
    } finally {
      service.node().process().destroy();
      baseline.node().process().destroy();
      service.node().process().waitFor();
      baseline.node().process().waitFor();
    }
    stop(start(service.name(), "hrd-support-again", ours, oursArguments, false, "start-up on the filled database"));
    stop(start(baseline.name(), "plain-camunda-again", plain, plainArguments, true, "start-up on the filled database"));
    report(service.name(), baseline.name());
    if (!Boolean.getBoolean("bench.keep")) {
      // Gigabytes: H2 keeps every committed version of its pages until it compacts.
      FileSystemUtils.deleteRecursively(dir);
    }
  }

  private Service start(String name, String log, List<String> jvm, List<String> arguments, boolean plain,
      String fact) throws IOException {
    long started = System.nanoTime();
    ServiceNode node = ServiceNode.launch(log, "bench", jvm, arguments);
    node.awaitHealthy(PATIENCE, Duration.ofMillis(20));
    long millis = (System.nanoTime() - started) / 1_000_000;
    resource(fact + " (launch until healthy), ms", name, millis);
    resource("RSS after the " + fact + ", MB", name, node.rssMegabytes());
    System.out.printf("BENCHMARK %s: %s in %d ms, RSS %d MB%n", name, fact, millis, node.rssMegabytes());
    return new Service(name, node, plain);
  }

  /** A figure of the JVMs themselves (start-up, memory), by service. */
  private void resource(String figure, String service, long value) {
    resources.computeIfAbsent(figure, f -> new LinkedHashMap<>()).put(service, value);
  }

  private static void stop(Service service) throws InterruptedException {
    service.node().process().destroy();
    service.node().process().waitFor();
  }

  /** The datasource of one service: a database given, or an H2 file of its own. */
  private static List<String> database(String property, Path h2File) {
    String url = System.getProperty(property);
    return url == null
        ? List.of("--spring.datasource.url=jdbc:h2:file:" + h2File + ";LOCK_TIMEOUT=10000;WRITE_DELAY=0")
        : List.of("--spring.datasource.url=" + url, "--spring.datasource.username=" + System.getProperty("bench.user", "sa"),
            "--spring.datasource.password=" + System.getProperty("bench.password", ""));
  }

  /** Plain Camunda runs from the test class path; it reads only its own configuration and models. */
  private static String testClassPath() {
    return System.getProperty("surefire.test.class.path", System.getProperty("java.class.path"));
  }

  /** Opens démarches, left at their first task, until the service holds the count of open cases. */
  private void fill(Service service) {
    AtomicInteger opened = new AtomicInteger();
    long started = System.nanoTime();
    // Two at a time: the machine's two cores.
    IntStream.range(0, OPEN_CASES).parallel().forEach(i -> {
      String[] mission = MISSIONS[i % MISSIONS.length];
      open(service, mission[0], mission[1]);
      if (opened.incrementAndGet() % 1000 == 0) {
        System.out.printf("BENCHMARK %s: %d cases open%n", service.name(), opened.get());
      }
    });
    System.out.printf("BENCHMARK %s: %d cases opened in %d s%n", service.name(), OPEN_CASES,
        (System.nanoTime() - started) / 1_000_000_000);
  }

  /** The case's business key: the service makes its case reference; plain Camunda takes the client's. */
  private String open(Service service, String user, String missionGroup) {
    Map<String, Object> form = new HashMap<>(EngineRest.variables(service.startValues(missionGroup)));
    form.put("businessKey", "BENCH-" + UUID.randomUUID());
    JsonNode started = call(service, user, "POST", "/process-definition/key/demarche/submit-form", form, 200);
    return started.get("businessKey").asText();
  }

  /** The main path, each call timed when measured. */
  private void walk(Service service, boolean measured) {
    long started = System.nanoTime();
    String reference = timed(measured, "open a démarche (start form)", service,
        () -> open(service, MISSION, "mission-nairobi"));
    for (int i = 0; i < MAIN_PATH.size(); i++) {
      Step step = MAIN_PATH.get(i);
      String task = findTask(service, step, reference, measured);
      timed(measured, "claim the task", service, () -> call(service, step.user(), "POST", "/task/" + task + "/claim",
          Map.of("userId", step.user()), 204));
      String kind = i == MAIN_PATH.size() - 1 ? "submit the last step's form (ends the case)" : "submit a task form";
      timed(measured, kind, service, () -> call(service, step.user(), "POST", "/task/" + task + "/submit-form",
          EngineRest.variables(step.values()), 204));
    }
    if (measured) {
      timings.record("main path walked (start, 9 steps)", service.name(), OPEN_CASES,
          (System.nanoTime() - started) / 1e6);
    }
  }

  /**
   * The step's task, as its user finds it; notification steps run on the job executor in between, so
   * the task may take a moment to appear. The call that finds it is the one timed.
   */
  private String findTask(Service service, Step step, String reference, boolean measured) {
    String query = "/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + step.taskKey();
    String[] found = new String[1];
    ServiceNode.await(step.taskKey() + " is open on " + service.name(), () -> {
      long started = System.nanoTime();
      JsonNode tasks = call(service, step.user(), "GET", query, null, 200);
      if (tasks.size() != 1) {
        return false;
      }
      if (measured) {
        timings.record("find the step's task", service.name(), OPEN_CASES, (System.nanoTime() - started) / 1e6);
      }
      found[0] = tasks.get(0).get("id").asText();
      return true;
    }, PATIENCE, Duration.ofMillis(5));
    return found[0];
  }

  private <T> T timed(boolean measured, String call, Service service, java.util.function.Supplier<T> request) {
    return measured ? timings.time(call, service.name(), OPEN_CASES, request) : request.get();
  }

  private JsonNode call(Service service, String user, String method, String path, Object body, int expected) {
    try {
      HttpRequest.Builder request = HttpRequest.newBuilder(
              URI.create("http://localhost:" + service.node().port() + "/engine-rest" + path))
          .header("Accept", "application/json")
          .header("Authorization", "Basic " + Base64.getEncoder().encodeToString((user + ":demo").getBytes()));
      request = body == null ? request.method(method, HttpRequest.BodyPublishers.noBody())
          : request.header("Content-Type", "application/json")
              .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
      HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      assertThat(response.statusCode()).as("%s %s %s on %s: %s", user, method, path, service.name(), response.body())
          .isEqualTo(expected);
      return response.body().isEmpty() ? JSON.nullNode() : JSON.readTree(response.body());
    } catch (IOException | InterruptedException failed) {
      throw new IllegalStateException(failed);
    }
  }

  private void report(String ours, String plain) throws IOException {
    List<Timing> summary = timings.summary();
    facts.put("timings", summary);
    StringBuilder table = new StringBuilder(
        "| call | plain Camunda p50 / p95 / p99 / max | HRD Support p50 / p95 / p99 / max | ratio of p50 |\n"
            + "|---|---|---|---|\n");
    summary.stream().filter(t -> t.service().equals(ours)).forEach(mine -> summary.stream()
        .filter(t -> t.service().equals(plain) && t.call().equals(mine.call())).findFirst().ifPresent(base ->
            table.append(String.format("| %s | %s | %s | %.2fx |%n", mine.call(), figures(base), figures(mine),
                mine.p50() / base.p50()))));
    summary.stream().filter(t -> t.call().startsWith("main path")).forEach(walks -> table.append(String.format(
        "%n%s: %.2f main paths a second, sequential", walks.service(), walks.perSecond())));
    table.append("\n\n| figure | ").append(ours).append(" | ").append(plain).append(" |\n|---|---|---|\n");
    resources.forEach((figure, values) -> table.append(String.format("| %s | %,d | %,d |%n", figure,
        values.get(ours), values.get(plain))));
    facts.put("resources", resources);
    Timings.write("service", facts, table.toString());
  }

  private static String figures(Timing timing) {
    return String.format("%.1f / %.1f / %.1f / %.1f", timing.p50(), timing.p95(), timing.p99(), timing.max());
  }
}
