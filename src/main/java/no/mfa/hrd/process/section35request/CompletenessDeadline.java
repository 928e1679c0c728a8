package no.mfa.hrd.process.section35request;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the Section for Humanitarian Affairs is to have checked a request, each time it comes to the
 * section: two days for an urgent case, a person "at serious risk of death or injury", seven
 * otherwise (configurable). The check's due date, its reminder and the section's notification read it.
 */
@Component("completenessDeadline")
class CompletenessDeadline implements ExecutionListener {

  static final String DUE_AT = "completenessDueAt";

  private final Duration urgent;
  private final Duration normal;

  CompletenessDeadline(@Value("${hrd.deadlines.section35-check-urgent}") Duration urgent,
      @Value("${hrd.deadlines.section35-check-normal}") Duration normal) {
    this.urgent = urgent;
    this.normal = normal;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Duration wait = "urgent".equals(execution.getVariable("urgency")) ? urgent : normal;
    // Engine time, so that timers and tests agree on "now".
    execution.setVariable(DUE_AT, new Date(ClockUtil.getCurrentTime().getTime() + wait.toMillis()));
  }
}
