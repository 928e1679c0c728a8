package no.mfa.hrd.forms;

import java.util.Map;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.delegate.Expression;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.form.handler.FormHandler;
import org.camunda.bpm.engine.impl.persistence.entity.DeploymentEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.camunda.bpm.engine.variable.VariableMap;

/** An engine form handler with the form's rules checked before a submission is written. */
abstract class ValidatingFormHandler<H extends FormHandler> implements FormHandler {

  protected final H delegate;
  private final Expression formKey;
  private final FormSubmissions submissions;

  ValidatingFormHandler(H delegate, Expression formKey, FormSubmissions submissions) {
    this.delegate = delegate;
    this.formKey = formKey;
    this.submissions = submissions;
  }

  /** The process the submission belongs to. */
  protected abstract ProcessDefinitionEntity process(VariableScope scope);

  /** The task's or the process instance's id. */
  protected abstract String scopeId(VariableScope scope);

  /** The variables the form was shown with. */
  protected abstract Map<String, Object> shownWith(VariableScope scope);

  @Override
  public void submitFormVariables(VariableMap properties, VariableScope scope) {
    ProcessDefinitionEntity process = process(scope);
    submissions.check(process.getDeploymentId(), process.getKey(), formId(scope), properties, shownWith(scope));
    delegate.submitFormVariables(properties, scope);
    SubmittedThroughForm.mark(scopeId(scope));
  }

  /**
   * The form's id; for the decision block's steps it is a variable of the step (${decisionForm}), which
   * is gone when a concurrent submission of the same form has just ended the step: the case changed.
   * (That the variable is passed at all, the model check proves for every call of the block.)
   */
  private String formId(VariableScope scope) {
    try {
      return (String) formKey.getValue(scope);
    } catch (ProcessEngineException unresolvable) {
      throw new OptimisticLockingException("The step was completed while this form was being submitted");
    }
  }

  @Override
  public void parseConfiguration(Element element, DeploymentEntity deployment, ProcessDefinitionEntity definition,
      BpmnParse parse) {
    delegate.parseConfiguration(element, deployment, definition, parse);
  }
}
