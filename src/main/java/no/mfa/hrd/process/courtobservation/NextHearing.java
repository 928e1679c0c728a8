package no.mfa.hrd.process.courtobservation;

import no.mfa.hrd.forms.DeployedForms;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Before the rota of a hearing that follows an adjournment: the date the court gave becomes the hearing
 * the rota and the timer wait for (none, if it set no date: the rota then asks for it), and the
 * observation fields start empty, so that no answer of one hearing is taken for the next. The record
 * of each hearing is kept by {@link HearingRecorder}.
 */
@Component("nextHearing")
class NextHearing implements ExecutionListener {

  private final DeployedForms deployedForms;

  NextHearing(DeployedForms deployedForms) {
    this.deployedForms = deployedForms;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (!Hearing.ADJOURNED.equals(execution.getVariable(Hearing.OUTCOME))) {
      return;
    }
    execution.setVariable(Hearing.PREVIOUS_AT, execution.getVariable(Hearing.AT));
    execution.setVariable(Hearing.AT, execution.getVariable(Hearing.NEXT_AT));
    Hearing.observationFields(execution, deployedForms).forEach(name -> execution.setVariable(name, null));
  }
}
