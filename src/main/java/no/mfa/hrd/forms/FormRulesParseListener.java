package no.mfa.hrd.forms;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.form.FormDefinition;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.task.TaskDefinition;
import org.camunda.bpm.engine.impl.util.xml.Element;

/**
 * Puts the form rules on every user task and start event that has a Camunda Form: submissions are
 * validated, and completing or starting without the form is refused.
 */
class FormRulesParseListener extends AbstractBpmnParseListener {

  private final FormSubmissions submissions;

  FormRulesParseListener(FormSubmissions submissions) {
    this.submissions = submissions;
  }

  @Override
  public void parseUserTask(Element element, ScopeImpl scope, ActivityImpl activity) {
    TaskDefinition task = ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition();
    FormDefinition form = task.getFormDefinition();
    if (form == null || form.getCamundaFormDefinitionKey() == null) {
      return;
    }
    task.setTaskFormHandler(
        new ValidatingTaskFormHandler(task.getTaskFormHandler(), form.getCamundaFormDefinitionKey(), submissions));
    task.addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, FormRulesParseListener::requireForm);
  }

  @Override
  public void parseProcess(Element element, ProcessDefinitionEntity process) {
    FormDefinition form = process.getStartFormDefinition();
    if (form == null || form.getCamundaFormDefinitionKey() == null) {
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) FormRulesParseListener::requireCaller);
      return;
    }
    process.setStartFormHandler(
        new ValidatingStartFormHandler(process.getStartFormHandler(), form.getCamundaFormDefinitionKey(), submissions));
    process.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) FormRulesParseListener::requireStartForm);
  }

  private static void requireForm(DelegateTask task) {
    if (!SubmittedThroughForm.take(task.getId())) {
      throw new FormRequiredException("Task '" + task.getTaskDefinitionKey() + "'");
    }
  }

  /**
   * A process without a start form is a step of a case (the Ministry's decision, a statement): only a
   * case calls it, so nobody opens one on its own, around the verification and consent before it.
   */
  private static void requireCaller(DelegateExecution execution) {
    if (execution.getSuperExecution() == null) {
      throw FormRequiredException.calledOnly(((ExecutionEntity) execution).getProcessDefinition().getKey());
    }
  }

  /** A process called from a case receives its data from the caller, not from a form. */
  private static void requireStartForm(DelegateExecution execution) {
    boolean submitted = SubmittedThroughForm.take(execution.getId());
    if (execution.getSuperExecution() == null && !submitted) {
      throw new FormRequiredException("Process '" + ((ExecutionEntity) execution).getProcessDefinition().getKey() + "'");
    }
  }
}
