package no.mfa.hrd.forms;

import java.util.Map;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.form.StartFormData;
import org.camunda.bpm.engine.impl.form.handler.StartFormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;

/** A process's start form handler, checking the start form's rules before the case is opened. */
class ValidatingStartFormHandler extends ValidatingFormHandler<StartFormHandler> implements StartFormHandler {

  ValidatingStartFormHandler(StartFormHandler delegate, Expression formKey, FormSubmissions submissions) {
    super(delegate, formKey, submissions);
  }

  @Override
  protected ProcessDefinitionEntity process(VariableScope scope) {
    return ((ExecutionEntity) scope).getProcessDefinition();
  }

  @Override
  protected String scopeId(VariableScope scope) {
    return ((ExecutionEntity) scope).getId();
  }

  /** A start form is shown with nothing. */
  @Override
  protected Map<String, Object> shownWith(VariableScope scope) {
    return Map.of();
  }

  @Override
  public StartFormData createStartFormData(ProcessDefinitionEntity definition) {
    return delegate.createStartFormData(definition);
  }
}
