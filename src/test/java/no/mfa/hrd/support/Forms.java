package no.mfa.hrd.support;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;

/** Staff's way into the engine in tests: start forms and task forms, as a given user. */
public final class Forms {

  private final ProcessEngine engine;

  public Forms(ProcessEngine engine) {
    this.engine = engine;
  }

  /** Submits the start form of the latest version of the process as this user. */
  public ProcessInstance start(String processKey, Map<String, Object> values, String userId, String... groups) {
    return as(userId, groups, () -> engine.getFormService().submitStartForm(
        engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(processKey)
            .latestVersion().singleResult().getId(), "client-chosen key", values));
  }

  /** Claims and submits the task's form as this user. */
  public void submit(Task task, Map<String, Object> values, String userId, String... groups) {
    as(userId, groups, () -> {
      engine.getTaskService().claim(task.getId(), userId);
      engine.getFormService().submitTaskForm(task.getId(), values);
      return null;
    });
  }

  private <T> T as(String userId, String[] groups, java.util.function.Supplier<T> action) {
    engine.getIdentityService().setAuthentication(userId, List.of(groups));
    try {
      return action.get();
    } finally {
      engine.getIdentityService().clearAuthentication();
    }
  }
}
