package no.mfa.hrd.rest;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.ws.rs.core.Response;
import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.junit.jupiter.api.Test;

/** Errors the client caused are 4xx however deeply Camunda's REST resources wrapped them. */
class ClientErrorsTest {

  @Test
  void aConcurrentChangeIsAConflictThatAsksForAReload() {
    Response response = ClientErrors.response(new RestException(Response.Status.INTERNAL_SERVER_ERROR,
        new OptimisticLockingException("Entity was updated by another transaction concurrently"), "wrapped"))
        .orElseThrow();

    assertThat(response.getStatus()).isEqualTo(409);
    assertThat(body(response).get("message").toString()).contains("reload");
  }

  @Test
  void aClaimedTaskIsAConflictAndAnUnknownOneIsNotFound() {
    assertThat(ClientErrors.response(new TaskAlreadyClaimedException("t", "u")).orElseThrow().getStatus())
        .isEqualTo(409);
    Response notFound = ClientErrors.response(new ProcessEngineException("outer",
        new NullValueException("Cannot find task with id client-text"))).orElseThrow();
    assertThat(notFound.getStatus()).isEqualTo(404);
    assertThat(body(notFound).toString()).as("never repeats what the client sent").doesNotContain("client-text");
  }

  @Test
  void aTaskCompletedByAConcurrentSubmissionIsAConflict() {
    NullPointerException removedMeanwhile = new NullPointerException("execution is null");
    removedMeanwhile.setStackTrace(new StackTraceElement[] {new StackTraceElement(
        "org.camunda.bpm.engine.impl.persistence.entity.TaskEntity", "complete", "TaskEntity.java", 347)});

    assertThat(ClientErrors.response(removedMeanwhile).orElseThrow().getStatus()).isEqualTo(409);
  }

  @Test
  void otherEngineErrorsAreLeftToCamunda() {
    assertThat(ClientErrors.response(new ProcessEngineException("a real fault"))).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> body(Response response) {
    return (Map<String, Object>) response.getEntity();
  }
}
