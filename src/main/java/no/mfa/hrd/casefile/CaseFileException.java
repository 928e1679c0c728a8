package no.mfa.hrd.casefile;

import org.camunda.bpm.engine.ProcessEngineException;

/** A case cannot be opened or continued as the procedure requires. Messages never carry personal data. */
public class CaseFileException extends ProcessEngineException {

  public CaseFileException(String message) {
    super(message);
  }
}
