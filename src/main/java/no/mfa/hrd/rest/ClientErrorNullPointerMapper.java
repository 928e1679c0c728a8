package no.mfa.hrd.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.ExceptionHandler;

/** A null where Camunda's request objects need a value is the client's error (400), not the server's. */
@Provider
@Priority(Priorities.USER - 100)
public class ClientErrorNullPointerMapper implements ExceptionMapper<NullPointerException> {

  private final ExceptionHandler camundaDefault = new ExceptionHandler();

  @Override
  public Response toResponse(NullPointerException exception) {
    return ClientErrors.missingValue(exception).orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
