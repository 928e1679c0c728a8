package no.mfa.hrd.forms;

import no.mfa.hrd.UserError;
import org.camunda.bpm.engine.BadUserRequestException;

/** A step that has a form was completed or started without it, so its rules were not checked. */
public class FormRequiredException extends BadUserRequestException implements UserError {

  public FormRequiredException(String what) {
    super(what + " has a form: submit it through the form (submit-form), so that its rules are checked");
  }
}
