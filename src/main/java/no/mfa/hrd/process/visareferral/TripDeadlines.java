package no.mfa.hrd.process.visareferral;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Date;
import no.mfa.hrd.forms.RecordedDates;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Sets the trip's deadlines once the hub mission is known, all in engine time so that timers and
 * tests agree:
 * <ul>
 *   <li>the hub's assessment: two days for an urgent trip, seven otherwise (configurable);</li>
 *   <li>a decision on a visa, the hub's or UDI's: some days before the planned entry (configurable),
 *       since a visa after the travel date is of no use; a trip already that close is due at once;</li>
 *   <li>the follow-up after the trip: some days after the planned exit.</li>
 * </ul>
 */
@Component("tripDeadlines")
class TripDeadlines implements ExecutionListener {

  private final Duration hubAnswerUrgent;
  private final Duration hubAnswerNormal;
  private final Duration decisionBeforeTravel;
  private final Duration followUpAfterTrip;

  TripDeadlines(@Value("${hrd.deadlines.visa-hub-answer-urgent}") Duration hubAnswerUrgent,
      @Value("${hrd.deadlines.visa-hub-answer-normal}") Duration hubAnswerNormal,
      @Value("${hrd.deadlines.visa-decision-before-travel}") Duration decisionBeforeTravel,
      @Value("${hrd.deadlines.visa-trip-follow-up}") Duration followUpAfterTrip) {
    this.hubAnswerUrgent = hubAnswerUrgent;
    this.hubAnswerNormal = hubAnswerNormal;
    this.decisionBeforeTravel = decisionBeforeTravel;
    this.followUpAfterTrip = followUpAfterTrip;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Instant now = ClockUtil.getCurrentTime().toInstant();
    boolean urgent = VisaReferral.URGENT.equals(execution.getVariable(VisaReferral.URGENCY));
    execution.setVariable(VisaReferral.HUB_ANSWER_DUE_AT, Date.from(now.plus(urgent ? hubAnswerUrgent : hubAnswerNormal)));
    Instant reminder = startOf(execution.getVariable(VisaReferral.PLANNED_ENTRY)).minus(decisionBeforeTravel);
    execution.setVariable(VisaReferral.VISA_DECISION_DUE_AT, Date.from(reminder.isBefore(now) ? now : reminder));
    Instant followUp = startOf(execution.getVariable(VisaReferral.PLANNED_EXIT)).plus(followUpAfterTrip);
    execution.setVariable(VisaReferral.TRIP_FOLLOW_UP_DUE_AT, Date.from(followUp));
  }

  /** The start of a date's day (UTC); the start form's rules made sure it is one. */
  private static Instant startOf(Object date) {
    LocalDate day = RecordedDates.date(date);
    if (day == null) {
      throw new IllegalStateException("The trip's dates are missing");
    }
    return day.atStartOfDay(ZoneOffset.UTC).toInstant();
  }
}
