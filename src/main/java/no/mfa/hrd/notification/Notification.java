package no.mfa.hrd.notification;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** One message to one staff member, built only from the template and non-personal case data. */
public record Notification(
    String idempotencyKey,
    String recipientUser,
    String recipientGroup,
    String recipientEmail,
    NotificationTemplate template,
    String step,
    String caseReference,
    Instant dueDate,
    String link) {

  private static final DateTimeFormatter DUE =
      DateTimeFormatter.ofPattern("dd.MM.yyyy HH:mm").withZone(ZoneId.of("Europe/Oslo"));

  public String subject() {
    return template.subject();
  }

  public String body() {
    StringBuilder body = new StringBuilder(template.lead()).append("\n\n");
    body.append("Step: ").append(step).append('\n');
    body.append("Case: ").append(caseReference).append('\n');
    if (dueDate != null) {
      body.append("Due: ").append(DUE.format(dueDate)).append(" (Oslo time)\n");
    }
    body.append("Open Tasklist: ").append(link).append("\n\n");
    body.append("This message carries no case details by design. Log in to read them.\n");
    return body.toString();
  }
}
