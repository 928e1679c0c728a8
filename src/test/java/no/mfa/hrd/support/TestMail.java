package no.mfa.hrd.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.util.ArrayList;
import java.util.List;

/** A real SMTP server inside the test JVM, on the port application-test.yaml names. */
public final class TestMail {

  private TestMail() {
  }

  public static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP);
  }

  /** The subjects of the messages this address received, in order. */
  public static List<String> subjectsTo(GreenMailExtension server, String address) {
    List<String> subjects = new ArrayList<>();
    try {
      for (MimeMessage message : server.getReceivedMessages()) {
        if (message.getAllRecipients()[0].toString().equals(address)) {
          subjects.add(message.getSubject());
        }
      }
    } catch (MessagingException unreadable) {
      throw new IllegalStateException(unreadable);
    }
    return subjects;
  }
}
