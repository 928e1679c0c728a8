package no.mfa.hrd.approval;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets when the Ministry's approval is due, each time approval is requested: 24 hours for an urgent
 * case, 5 days otherwise (configurable). The approval task's due date, its escalation timer and the
 * desk's notification all read this one variable, so they never disagree.
 */
@Component("approvalDeadline")
public class ApprovalDeadline implements ExecutionListener {

  public static final String APPROVAL_DUE_DATE = "approvalDueDate";
  public static final String URGENCY = "urgency";
  public static final String URGENT = "urgent";

  private final Duration urgent;
  private final Duration normal;

  public ApprovalDeadline(@Value("${hrd.deadlines.approval-urgent}") Duration urgent,
      @Value("${hrd.deadlines.approval-normal}") Duration normal) {
    this.urgent = urgent;
    this.normal = normal;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Duration wait = URGENT.equals(execution.getVariable(URGENCY)) ? urgent : normal;
    // Engine time, so that timers and tests agree on "now".
    execution.setVariable(APPROVAL_DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
  }
}
