package no.mfa.hrd.forms;

import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.TaskFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.TaskFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.TaskEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's task form handler, with the form's rules checked before the submission is written. */
class ValidatingTaskFormHandler implements TaskFormHandler {

  private final TaskFormHandler delegate;
  private final Expression formKey;
  private final FormSubmissions submissions;

  ValidatingTaskFormHandler(TaskFormHandler delegate, Expression formKey, FormSubmissions submissions) {
    this.delegate = delegate;
    this.formKey = formKey;
    this.submissions = submissions;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope scope) {
    TaskEntity task = (TaskEntity) scope;
    ProcessDefinitionEntity process = task.getProcessDefinition();
    submissions.check(process.getDeploymentId(), process.getKey(), (String) formKey.getValue(task),
        properties, task.getVariables());
    delegate.submitFormVariables(properties, scope);
    FormSubmissions.markSubmitted(task);
  }

  @Override
  public TaskFormData createTaskForm(TaskEntity task) {
    return delegate.createTaskForm(task);
  }

  @Override
  public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
      BpmnParse parse) {
    delegate.parseConfiguration(element, deployment, definition, parse);
  }
}
