package no.mfa.hrd.process.protectioncase;

import java.util.Set;
import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.model.bpmn.instance.UserTask;
import org.springframework.stereotype.Component;

/**
 * A measure's step opens with its own form empty, whatever an earlier measure of the same kind answered:
 * the defender's agreement to one contact is never taken for the next. What the case itself knows (its
 * checklist and the risk) stays.
 */
@Component("freshAnswers")
class FreshAnswers implements TaskListener {

  private final DeployedForms deployedForms;

  FreshAnswers(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void notify(DelegateTask task) {
    String formId = ((UserTask) task.getBpmnModelElementInstance()).getCamundaFormRef();
    Set<String> cleared = deployedForms.answerKeys(task.getExecution(), java.util.List.of(formId));
    cleared.removeAll(deployedForms.answerKeys(task.getExecution(), ProtectionCase.CASE_FORMS));
    cleared.forEach(name -> task.getExecution().removeVariable(name));
  }
}
