package no.mfa.hrd.rest;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ProcessEngineExceptionHandler;

/** Engine exceptions that reach REST unwrapped: those the client caused are 4xx (ClientErrors), the rest as Camunda answers. */
@Provider
@Priority(Priorities.USER - 100)
public class ClientErrorExceptionMapper implements ExceptionMapper<ProcessEngineException> {

  private final ProcessEngineExceptionHandler camundaDefault = new ProcessEngineExceptionHandler();

  @Override
  public Response toResponse(ProcessEngineException exception) {
    return ClientErrors.response(exception).orElseGet(() -> camundaDefault.toResponse(exception));
  }
}
