package no.mfa.hrd.decision;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets when the Ministry's decision is due, each time a decision is requested: 24 hours for an urgent
 * case, 5 days otherwise (configurable), unless the caller passed in a date of its own. The decision task's due date, its escalation timer and the
 * desk's notification all read this one variable, so they never disagree.
 */
@Component("decisionDeadline")
public class DecisionDeadline implements ExecutionListener {

  private final Duration urgent;
  private final Duration normal;

  public DecisionDeadline(@Value("${hrd.deadlines.approval-urgent}") Duration urgent,
      @Value("${hrd.deadlines.approval-normal}") Duration normal) {
    this.urgent = urgent;
    this.normal = normal;
  }

  @Override
  public void notify(DelegateExecution execution) {
    if (execution.getVariableLocal(MinistryDecision.DUE_DATE) instanceof Date) {
      return;
    }
    Duration wait = MinistryDecision.URGENT.equals(execution.getVariable(MinistryDecision.URGENCY)) ? urgent : normal;
    // Engine time, so that timers and tests agree on "now".
    execution.setVariable(MinistryDecision.DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
  }
}
