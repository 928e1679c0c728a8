package no.mfa.hrd.casefile;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the case file listeners to every deployed process, so no model has to repeat them. */
class CaseFileParseListener extends AbstractBpmnParseListener {

  private final ExecutionListener startListener;
  private final TaskListener taskListener;

  CaseFileParseListener(ExecutionListener startListener, TaskListener taskListener) {
    this.startListener = startListener;
    this.taskListener = taskListener;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, startListener);
  }

  /** Every end of a process records its outcome, for callers and auditors. */
  @Override
  public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
    if (scope instanceof ProcessDefinitionEntity) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
          execution.setVariable(CaseVariables.CASE_OUTCOME, execution.getCurrentActivityId()));
    }
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskListener);
  }
}
