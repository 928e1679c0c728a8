package no.mfa.hrd.process.prisonvisit;

import java.time.Duration;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a defender in long-term detention comes back to the mission: each time the follow-up waits,
 * this long from now (90 days unless configured), since "human rights defenders in long-term detention
 * may merit particular consideration". The timer and the review read this one variable.
 */
@Component("detentionReview")
class DetentionReview implements ExecutionListener {

  static final String DUE_DATE = "detentionReviewDueDate";

  private final Duration interval;

  DetentionReview(@Value("${hrd.deadlines.detention-review}") Duration interval) {
    this.interval = interval;
  }

  @Override
  public void notify(DelegateExecution execution) {
    execution.setVariable(DUE_DATE, new Date(ClockUtil.getCurrentTime().getTime() + interval.toMillis()));
  }
}
