package no.mfa.hrd.casefile;

import static no.mfa.hrd.casefile.CaseVariables.CASE_REFERENCE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Shows staff the case reference on every task, in its name and description; no personal data. */
@Component
public class CaseTaskListener implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    Object reference = task.getVariable(CASE_REFERENCE);
    if (reference == null) {
      return;
    }
    task.setName(task.getName() + " (" + reference + ")");
    task.setDescription("Case " + reference);
  }
}
