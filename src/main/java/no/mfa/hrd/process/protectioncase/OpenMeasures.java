package no.mfa.hrd.process.protectioncase;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.springframework.stereotype.Component;

/**
 * Shows the mission, when it chooses measures or reviews the case, which measures still run: every step
 * of the case that is active beside the task being created, by its name in the model (no personal data),
 * e.g. "Démarche" or "Prepare the prison visit". A measure can only start from a step already listed, so
 * the list never leaves one out; closing the case with any listed needs the mission's confirmation.
 */
@Component("showOpenMeasures")
class OpenMeasures implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    ActivityInstance tree = Context.getCommandContext().runWithoutAuthorization(() ->
        task.getProcessEngineServices().getRuntimeService().getActivityInstance(task.getProcessInstanceId()));
    Map<String, Integer> running = new TreeMap<>();
    collect(tree, task.getTaskDefinitionKey(), running);
    List<String> lines = new ArrayList<>();
    running.forEach((name, count) -> lines.add(count == 1 ? name : name + " (" + count + ")"));
    task.getExecution().getProcessInstance().setVariable(ProtectionCase.OPEN_MEASURES, String.join("\n", lines));
  }

  private static void collect(ActivityInstance instance, String except, Map<String, Integer> running) {
    if (instance.getChildActivityInstances().length == 0) {
      if (!except.equals(instance.getActivityId())) {
        running.merge(instance.getActivityName(), 1, Integer::sum);
      }
      return;
    }
    for (ActivityInstance child : instance.getChildActivityInstances()) {
      collect(child, except, running);
    }
  }
}
