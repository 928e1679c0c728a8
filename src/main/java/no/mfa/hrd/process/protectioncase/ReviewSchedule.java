package no.mfa.hrd.process.protectioncase;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** How long a protection case runs before it comes back for review: sooner when the risk is critical. */
@Component("reviewSchedule")
public class ReviewSchedule {

  private final Duration normal;
  private final Duration critical;

  ReviewSchedule(@Value("${hrd.deadlines.protection-review}") Duration normal,
      @Value("${hrd.deadlines.protection-review-critical}") Duration critical) {
    this.normal = normal;
    this.critical = critical;
  }

  /** The timer's duration, ISO 8601. */
  public String interval(Object riskLevel) {
    return (ProtectionCase.CRITICAL.equals(riskLevel) ? critical : normal).toString();
  }
}
