package no.mfa.hrd.casefile;

import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParse;
import org.camunda.bpm.engine.impl.bpmn.parser.BpmnParseUtil;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;

/** Adds the case file listeners to every deployed process, so no model has to repeat them. */
public class CaseFileParseListener extends AbstractBpmnParseListener {

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

  /**
   * An end event marked as an outcome (extension property caseOutcome) records it, for callers and
   * auditors. Other ends, such as an escalation branch's, end a path and never change the outcome.
   */
  @Override
  public void parseEndEvent(Element endEventElement, ScopeImpl scope, ActivityImpl activity) {
    String outcome = outcomeOf(endEventElement);
    if (scope instanceof ProcessDefinitionEntity && outcome != null) {
      activity.addBuiltInListener(ExecutionListener.EVENTNAME_START, (ExecutionListener) execution ->
          execution.setVariable(CaseVariables.CASE_OUTCOME, outcome));
    }
  }

  /** The value of the end event's camunda:property named caseOutcome, or null. */
  public static String outcomeOf(Element endEvent) {
    Element properties = BpmnParseUtil.findCamundaExtensionElement(endEvent, "properties");
    if (properties == null) {
      return null;
    }
    for (Element property : properties.elementsNS(BpmnParse.CAMUNDA_BPMN_EXTENSIONS_NS, "property")) {
      if (CaseVariables.CASE_OUTCOME.equals(property.attribute("name"))) {
        return property.attribute("value");
      }
    }
    return null;
  }

  @Override
  public void parseUserTask(Element userTaskElement, ScopeImpl scope, ActivityImpl activity) {
    ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
        .addBuiltInTaskListener(TaskListener.EVENTNAME_CREATE, taskListener);
  }
}
