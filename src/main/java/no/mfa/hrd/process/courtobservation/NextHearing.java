package no.mfa.hrd.process.courtobservation;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * When a hearing is adjourned, the date it gave becomes the hearing the rota and the timer wait for;
 * the earlier dates stay in the case's history.
 */
@Component("nextHearing")
class NextHearing implements ExecutionListener {

  @Override
  public void notify(DelegateExecution execution) {
    if (Hearing.ADJOURNED.equals(execution.getVariable(Hearing.OUTCOME))) {
      execution.setVariable(Hearing.AT, execution.getVariable(Hearing.NEXT_AT));
    }
  }
}
