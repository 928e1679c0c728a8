package no.mfa.hrd.notification;

import org.camunda.bpm.engine.ProcessEngineException;

/** Some recipients could not be reached; the job retries and then raises an incident. No addresses inside. */
public class NotificationDeliveryException extends ProcessEngineException {

  public NotificationDeliveryException(NotificationTemplate template, String caseReference, int failed, int total) {
    super("Notification " + template + " for case " + caseReference + " could not be delivered to " + failed
        + " of " + total + " recipients; see the notification outbox");
  }
}
