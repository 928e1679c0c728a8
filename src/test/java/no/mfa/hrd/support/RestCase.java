package no.mfa.hrd.support;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;

/**
 * One case worked over REST as its role users do it: opened through its start form, each task
 * claimed and submitted through its form, notification steps run in between.
 */
public final class RestCase {

  private final int port;
  private final Scenario scenario;
  private final ProcessInstance instance;
  private final String instanceId;
  private final String reference;

  private RestCase(int port, ProcessEngine engine, String instanceId, String reference) {
    this.port = port;
    this.scenario = new Scenario(engine);
    this.instance = engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(instanceId).singleResult();
    this.instanceId = instanceId;
    this.reference = reference;
  }

  /** Opens a case through the process's start form as this user. */
  public static RestCase open(int port, ProcessEngine engine, String user, String processKey,
      Map<String, Object> values) {
    EngineRest.Response started = EngineRest.as(port, user, "demo")
        .post("/process-definition/key/" + processKey + "/submit-form", variables(values));
    assertThat(started.code()).as(started.body().toString()).isEqualTo(200);
    return new RestCase(port, engine, started.body().get("id").asText(),
        started.body().get("businessKey").asText());
  }

  public String instanceId() {
    return instanceId;
  }

  public String reference() {
    return reference;
  }

  public EngineRest as(String user) {
    return EngineRest.as(port, user, "demo");
  }

  /** Runs pending notification steps, then the user claims and submits the task's form, as Tasklist does. */
  public String work(String user, String taskKey, Map<String, Object> values) {
    runNotifications();
    EngineRest.Response tasks = as(user).get("/task?processInstanceBusinessKey=" + reference + "&taskDefinitionKey=" + taskKey);
    assertThat(tasks.body()).as("%s sees %s", user, taskKey).hasSize(1);
    JsonNode task = tasks.body().get(0);
    assertThat(task.get("name").asText()).endsWith("(" + reference + ")");
    String id = task.get("id").asText();
    assertThat(as(user).post("/task/" + id + "/claim", Map.of("userId", user)).code()).isEqualTo(204);
    EngineRest.Response submitted = as(user).post("/task/" + id + "/submit-form", variables(values));
    assertThat(submitted.code()).as("%s: %s", taskKey, submitted.body()).isEqualTo(204);
    return id;
  }

  /** Users of other missions and desks find nothing of the case, by reference or by id, running or in history. */
  public void outsidersSeeNothing(boolean caseRunning, String... outsiders) {
    for (String outsider : outsiders) {
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

  /** Fires the timer waiting at this event, as the job executor would when it is due. */
  public void fire(String timerId) {
    scenario.fire(scenario.timer(instance, timerId));
  }

  /** Executes the case's pending notification steps, also in the processes it called. */
  public void runNotifications() {
    scenario.runNotifications(instance);
  }
}
