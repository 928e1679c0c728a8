package no.mfa.hrd.notification;

import java.util.List;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Some recipients could not be reached, or the role has nobody to reach; the job retries and then
 * raises an incident. No addresses inside.
 */
public class NotificationDeliveryException extends ProcessEngineException {

  public NotificationDeliveryException(NotificationTemplate template, String caseReference, int failed, int total) {
    super("Notification " + template + " for case " + caseReference + " could not be delivered to " + failed
        + " of " + total + " recipients; see the notification outbox");
  }

  private NotificationDeliveryException(String message) {
    super(message);
  }

  /** A hand-off to a group without members would reach nobody, and nobody would hear of it. */
  static NotificationDeliveryException nobodyIn(List<String> groups, NotificationTemplate template,
      String caseReference) {
    return new NotificationDeliveryException("Notification " + template + " for case " + caseReference
        + " has nobody to reach: " + groups + " has no members; add members in Admin, then retry the job");
  }
}
