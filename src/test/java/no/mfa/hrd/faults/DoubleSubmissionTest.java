package no.mfa.hrd.faults;

import static no.mfa.hrd.support.EngineRest.variables;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.mfa.hrd.ServiceTest;
import no.mfa.hrd.support.EngineRest;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A clerk double-clicks "Complete" on a poor network: the same form arrives twice at once. Exactly one
 * submission counts, the other is told the task is gone, and the case moves one step.
 */
@ServiceTest
class DoubleSubmissionTest {

  private static final int ROUNDS = 100;
  private static final String START = "/process-definition/key/caseFileTest/submit-form";

  @LocalServerPort int port;
  @Autowired TaskService taskService;
  @Autowired HistoryService historyService;

  @Test
  void ofTwoIdenticalSubmissionsAtOnceExactlyOneCountsAndTheOtherIsAClientError() throws Exception {
    EngineRest mission = EngineRest.as(port, "mission.nairobi", "demo");
    ExecutorService clicks = Executors.newFixedThreadPool(2);
    try {
      for (int round = 0; round < ROUNDS; round++) {
        String instanceId = mission.post(START, variables(Map.of("summary", "Round " + round))).body().get("id").asText();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        assertThat(mission.post("/task/" + taskId + "/claim", Map.of("userId", "mission.nairobi")).code()).isEqualTo(204);

        CyclicBarrier together = new CyclicBarrier(2);
        Map<String, Object> form = variables(Map.of("details", "Recorded in round " + round));
        List<CompletableFuture<Integer>> submissions = List.of(
            CompletableFuture.supplyAsync(() -> submit(mission, taskId, form, together), clicks),
            CompletableFuture.supplyAsync(() -> submit(mission, taskId, form, together), clicks));
        List<Integer> codes = submissions.stream().map(CompletableFuture::join).sorted().toList();

        assertThat(codes).as("round %d", round).hasSize(2).first().isEqualTo(204);
        assertThat(codes.get(1)).as("round %d: the second click", round).isIn(404, 409);
        assertThat(historyService.createHistoricTaskInstanceQuery().processInstanceId(instanceId)
            .taskDefinitionKey("Task_RecordDetails").finished().count()).as("round %d: one step", round).isEqualTo(1);
        assertThat(taskService.createTaskQuery().processInstanceId(instanceId).taskDefinitionKey("Task_RecordDetails")
            .count()).isZero();
      }
    } finally {
      clicks.shutdownNow();
    }
  }

  @Test
  void ofThreeClaimsOfOneTaskAtOnceOneWinsAndTheOthersAreTold() throws Exception {
    EngineRest mission = EngineRest.as(port, "mission.nairobi", "demo");
    ExecutorService clicks = Executors.newFixedThreadPool(3);
    try {
      for (int round = 0; round < 20; round++) {
        String instanceId = mission.post(START, variables(Map.of("summary", "Claim " + round))).body().get("id").asText();
        String taskId = taskService.createTaskQuery().processInstanceId(instanceId).singleResult().getId();
        CyclicBarrier together = new CyclicBarrier(3);
        List<CompletableFuture<Integer>> claims = new java.util.ArrayList<>();
        for (int click = 0; click < 3; click++) {
          claims.add(CompletableFuture.supplyAsync(() -> {
            try {
              together.await();
            } catch (Exception interrupted) {
              throw new IllegalStateException(interrupted);
            }
            return mission.post("/task/" + taskId + "/claim", Map.of("userId", "mission.nairobi")).code();
          }, clicks));
        }
        List<Integer> codes = claims.stream().map(CompletableFuture::join).toList();
        assertThat(codes).as("round %d", round).contains(204).allMatch(code -> code == 204 || code == 409);
        assertThat(taskService.createTaskQuery().taskId(taskId).singleResult().getAssignee()).isEqualTo("mission.nairobi");
      }
    } finally {
      clicks.shutdownNow();
    }
  }

  private static int submit(EngineRest user, String taskId, Map<String, Object> form, CyclicBarrier together) {
    try {
      together.await();
    } catch (Exception interrupted) {
      throw new IllegalStateException(interrupted);
    }
    return user.post("/task/" + taskId + "/submit-form", form).code();
  }
}
