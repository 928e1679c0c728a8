package no.mfa.hrd.forms;

import no.mfa.hrd.UserError;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * A step that has a form was completed or started without it, so its rules were not checked; or a
 * process that only a case may call was started on its own.
 */
public class FormRequiredException extends BadUserRequestException implements UserError {

  public FormRequiredException(String what) {
    super(what + " has a form: submit it through the form (submit-form), so that its rules are checked");
  }

  private FormRequiredException(String message, Void raw) {
    super(message);
  }

  public static FormRequiredException calledOnly(String processKey) {
    return new FormRequiredException("Process '" + processKey + "' is started only from a case, never on its own", null);
  }
}
