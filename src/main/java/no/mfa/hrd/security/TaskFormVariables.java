package no.mfa.hrd.security;

import java.util.Set;
import no.mfa.hrd.forms.DeployedForms;
import no.mfa.hrd.forms.FormSchema;
import org.camunda.bpm.engine.form.CamundaFormRef;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.repository.ProcessDefinition;
import org.camunda.bpm.engine.task.Task;

/**
 * Need to know: a task shows its worker the variables its form reads, not the whole case. The engine
 * hands a task's candidates every variable of the case through the task's form variables; a hub asked
 * about a visa, or the Communication Unit asked to publish, has no business with the rest.
 */
final class TaskFormVariables {

  private static final DeployedForms FORMS = new DeployedForms();

  private TaskFormVariables() {
  }

  /** The names the task's form reads; none for a task without a deployed Camunda Form. */
  static Set<String> readBy(ProcessEngineConfigurationImpl configuration, String taskId) {
    // The caller has read the task already; which form it has is the service's business.
    return configuration.getCommandExecutorTxRequired().execute(context -> context.runWithoutAuthorization(() -> {
      Task task = configuration.getTaskService().createTaskQuery().taskId(taskId).singleResult();
      if (task == null || task.getProcessDefinitionId() == null) {
        return Set.<String>of();
      }
      TaskFormData formData = configuration.getFormService().getTaskFormData(taskId);
      CamundaFormRef formRef = formData == null ? null : formData.getCamundaFormRef();
      if (formRef == null) {
        return Set.<String>of();
      }
      ProcessDefinition definition = configuration.getRepositoryService().getProcessDefinition(task.getProcessDefinitionId());
      return FORMS.find(definition.getDeploymentId(), formRef.getKey()).map(FormSchema::reads).orElse(Set.of());
    }));
  }
}
