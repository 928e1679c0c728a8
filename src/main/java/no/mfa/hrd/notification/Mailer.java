package no.mfa.hrd.notification;

import java.util.regex.Pattern;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.mail.MailException;
import org.springframework.mail.SimpleMailMessage;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.stereotype.Component;

/**
 * Sends through Spring Boot's mail sender when spring.mail.host is set. Without a mail server the
 * embedded demo still works: the outbox shows what would have been sent.
 */
@Component
public class Mailer {

  private static final Pattern ADDRESS = Pattern.compile("[^\\s<>\"']+@[^\\s<>\"']+");

  private final ObjectProvider<JavaMailSender> mailSender;
  private final NotificationProperties properties;

  public Mailer(ObjectProvider<JavaMailSender> mailSender, NotificationProperties properties) {
    this.mailSender = mailSender;
    this.properties = properties;
  }

  /** @return SENT, or RECORDED when no mail server is configured */
  public NotificationOutbox.Status send(Notification notification) {
    JavaMailSender sender = mailSender.getIfAvailable();
    if (sender == null) {
      return NotificationOutbox.Status.RECORDED;
    }
    SimpleMailMessage message = new SimpleMailMessage();
    message.setFrom(properties.from());
    message.setTo(notification.recipientEmail());
    message.setSubject(notification.subject());
    message.setText(notification.body());
    sender.send(message);
    return NotificationOutbox.Status.SENT;
  }

  /** What of a mail failure may be kept and logged: its kind and message, without any address. */
  static String describe(MailException failure) {
    Throwable root = failure.getMostSpecificCause();
    String text = root.getClass().getSimpleName() + ": " + String.valueOf(root.getMessage());
    text = ADDRESS.matcher(text).replaceAll("<address>");
    return text.length() > 480 ? text.substring(0, 480) : text;
  }
}
