package no.mfa.hrd.support;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

/** A real SMTP server inside the test JVM, on the port application-test.yaml names. */
public final class TestMail {

  private TestMail() {
  }

  public static GreenMailExtension server() {
    return new GreenMailExtension(ServerSetupTest.SMTP);
  }
}
