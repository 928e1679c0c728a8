package no.mfa.hrd.process.courtobservation;

import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When the desk's advice on attending is due: some days before the hearing (configurable), since advice
 * after the hearing is of no use. Passed to the Ministry's decision block as its due date, so the desk
 * and the HR section are reminded when the hearing is near. A hearing already that close is due now.
 */
@Component("hearingDeadlines")
class HearingDeadlines implements ExecutionListener {

  static final String CONSULTATION_DUE_DATE = "consultationDueDate";

  private final Duration beforeHearing;

  HearingDeadlines(@Value("${hrd.deadlines.court-advice-before-hearing}") Duration beforeHearing) {
    this.beforeHearing = beforeHearing;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant hearing = Hearing.instant(execution.getVariable(Hearing.AT));
    Instant now = ClockUtil.getCurrentTime().toInstant();
    Instant due = hearing == null ? now : hearing.minus(beforeHearing);
    execution.setVariable(CONSULTATION_DUE_DATE, Date.from(due.isBefore(now) ? now : due));
  }
}
