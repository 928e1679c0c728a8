package no.mfa.hrd.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;

/** A user task's form handler, checking the task form's rules. */
class ValidatingTaskFormHandler extends ValidatingFormHandler<TaskFormHandler> implements TaskFormHandler {

  ValidatingTaskFormHandler(TaskFormHandler delegate, Expression formKey, FormSubmissions submissions) {
    super(delegate, formKey, submissions);
  }

  @Override
  protected ProcessDefinitionEntity process(VariableScope scope) {
    return ((TaskEntity) scope).getProcessDefinition();
  }

  @Override
  protected String scopeId(VariableScope scope) {
    return ((TaskEntity) scope).getId();
  }

  @Override
  protected Map<String, Object> shownWith(VariableScope scope) {
    return scope.getVariables();
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }
}
