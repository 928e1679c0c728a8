package no.mfa.hrd.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;

/** Camunda's REST resources wrap engine exceptions in RestException, often as 500: those the client caused are 4xx. */
@Provider
@Priority(Priorities.USER - 100)
public class ClientErrorRestExceptionMapper implements ExceptionMapper<RestException> {

  private final RestExceptionHandler camundaDefault = new RestExceptionHandler();

  @Override
  public Response toResponse(RestException exception) {
    return ClientErrors.response(exception).or(() -> ClientErrors.redacted(exception))
        .orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
