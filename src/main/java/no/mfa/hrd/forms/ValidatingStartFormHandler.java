package no.mfa.hrd.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/** The engine's start form handler, with the start form's rules checked before the case is opened. */
class ValidatingStartFormHandler implements StartFormHandler {

  private final StartFormHandler delegate;
  private final Expression formKey;
  private final FormSubmissions submissions;

  ValidatingStartFormHandler(StartFormHandler delegate, Expression formKey, FormSubmissions submissions) {
    this.delegate = delegate;
    this.formKey = formKey;
    this.submissions = submissions;
  }

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope scope) {
    ExecutionEntity processInstance = (ExecutionEntity) scope;
    ProcessDefinitionEntity process = processInstance.getProcessDefinition();
    submissions.check(process.getDeploymentId(), process.getKey(), (String) formKey.getValue(processInstance),
        properties, Map.of());
    delegate.submitFormVariables(properties, scope);
    FormSubmissions.markSubmitted(processInstance);
  }

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
    return delegate.createStartFormData(definition);
  }

  @Override
  public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
      BpmnParse parse) {
    delegate.parseConfiguration(element, deployment, definition, parse);
  }
}
