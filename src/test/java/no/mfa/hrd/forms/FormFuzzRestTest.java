package no.mfa.hrd.forms;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import no.mfa.hrd.support.EngineRest.Response;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The same random submissions as {@link FormFuzzTest}, through the REST API of the running service,
 * on a start form and a task form: each is accepted and the case can go on, or refused with a 4xx
 * that stores nothing; never a 5xx.
 */
@ServiceTest
class FormFuzzRestTest {

  private static final int TRIES = 150;
  private static final String START = "/process-definition/key/caseFileTest/submit-form";

  @LocalServerPort int port;
  @Autowired RuntimeService runtimeService;
  @Autowired TaskService taskService;

  private EngineRest mission() {
    return EngineRest.as(port, "mission.nairobi", "demo");
  }

  @Test
  void randomStartFormsOpenACaseThatGoesOnOrNothingAtAll() throws IOException {
    List<Map<String, Object>> submissions = RandomSubmissions.of(form("caseFileTestStart")).sampleStream().limit(TRIES).toList();
    for (Map<String, Object> values : submissions) {
      long cases = runtimeService.createProcessInstanceQuery().count();
      Response answer = mission().post(START, json(values));
      assertThat(answer.code()).as("%s: %s", values, answer.body()).isLessThan(500);
      if (answer.code() == 200) {
        assertThat(taskService.createTaskQuery().processInstanceId(answer.body().get("id").asText())
            .taskDefinitionKey("Task_RecordDetails").count()).as("the case goes on").isEqualTo(1);
      } else {
        assertThat(answer.code()).isBetween(400, 499);
        assertThat(runtimeService.createProcessInstanceQuery().count()).as("nothing stored").isEqualTo(cases);
      }
    }
  }

  @Test
  void randomTaskFormsMoveTheCaseOnOrLeaveItAsItWas() throws IOException {
    List<Map<String, Object>> submissions = RandomSubmissions.of(form("caseFileTestRecordDetails")).sampleStream()
        .limit(TRIES).toList();
    Task task = openTask();
    for (Map<String, Object> values : submissions) {
      Map<String, Object> before = runtimeService.getVariables(task.getProcessInstanceId());
      Response answer = mission().post("/task/" + task.getId() + "/submit-form", json(values));
      assertThat(answer.code()).as("%s: %s", values, answer.body()).isLessThan(500);
      if (answer.code() == 204) {
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the step is done").isZero();
        task = openTask();
      } else {
        assertThat(answer.code()).isBetween(400, 499);
        assertThat(taskService.createTaskQuery().taskId(task.getId()).count()).as("the task stays").isEqualTo(1);
        assertThat(runtimeService.getVariables(task.getProcessInstanceId())).as("nothing stored").isEqualTo(before);
      }
    }
  }

  private Task openTask() {
    String instanceId = mission().post(START, json(Map.of("summary", "A case to fuzz"))).body().get("id").asText();
    Task task = taskService.createTaskQuery().processInstanceId(instanceId).singleResult();
    assertThat(mission().post("/task/" + task.getId() + "/claim", Map.of("userId", "mission.nairobi")).code())
        .isEqualTo(204);
    return task;
  }

  /** As a REST client sends them: {"variables": {name: {"value": ...}}}, with no type named. */
  private static Map<String, Object> json(Map<String, Object> values) {
    Map<String, Object> variables = new HashMap<>();
    values.forEach((name, value) -> {
      Map<String, Object> typed = new HashMap<>();
      typed.put("value", value instanceof Double number && (number.isNaN() || number.isInfinite()) ? "NaN" : value);
      variables.put(name, typed);
    });
    return Map.of("variables", variables);
  }

  private static FormSchema form(String id) throws IOException {
    return FormSchema.parse(new ObjectMapper().readTree(Path.of("src/test/resources/forms", id + ".form").toFile()));
  }
}
