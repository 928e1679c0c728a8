package no.mfa.hrd.casefile;

import no.mfa.hrd.UserError;
import org.camunda.bpm.engine.BadUserRequestException;

/** A case cannot be opened or continued as the procedure requires. Messages never carry personal data. */
public class CaseFileException extends BadUserRequestException implements UserError {

  public CaseFileException(String message) {
    super(message);
  }
}
