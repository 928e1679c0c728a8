package no.mfa.hrd.process.section35request;

import java.time.Duration;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * How often the Section for Humanitarian Affairs is reminded to ask after the immigration authorities'
 * decision while it is pending: every so many days (configurable), from the day the request went to
 * them, as a timer cycle the decision task's reminder reads.
 */
@Component("permitDecisionReminders")
class PermitDecisionReminders implements ExecutionListener {

  static final String CYCLE = "permitDecisionReminderCycle";

  private final Duration every;

  PermitDecisionReminders(@Value("${hrd.deadlines.section35-decision-reminder}") Duration every) {
    this.every = every;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(CYCLE, "R/" + every);
  }
}
