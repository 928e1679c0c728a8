package no.mfa.hrd.process.demarche;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "After issuing a démarche, the mission must report to the Ministry on the effect": the report is
 * due this long after the case reaches the report (two weeks unless configured; set before the step
 * opens, since its reminder timer is created with it). The task's due date and its
 * reminder read the one variable.
 */
@Component("effectReportDeadline")
public class EffectReportDeadline implements ExecutionListener {

  public static final String DUE_DATE = "effectReportDueDate";

  private final Duration wait;

  public EffectReportDeadline(@Value("${hrd.deadlines.effect-report}") Duration wait) {
    this.wait = wait;
  }

  @Override
  public void notify(DelegateExecution execution) {
    // Engine time, so that timers and tests agree on "now".
    execution.setVariable(DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
  }
}
