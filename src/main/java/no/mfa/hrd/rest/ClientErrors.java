package no.mfa.hrd.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.mfa.hrd.UserError;
import no.mfa.hrd.forms.FormRulesException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.spin.json.SpinJsonException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Finds, inside whatever the engine or Camunda's REST resources wrapped it in, an error that the
 * client caused, and answers it with a 4xx: our own refusals (400, naming field and rule), a case
 * changed by someone else meanwhile (409), a task already claimed (409), something that does not
 * exist or cannot be seen (404), malformed JSON (400). Each is logged once, at INFO, by its type
 * only: never the message, which may repeat what the client sent.
 */
final class ClientErrors {

  private static final Logger LOG = LoggerFactory.getLogger(ClientErrors.class);
  private static final java.util.regex.Pattern QUOTED = java.util.regex.Pattern.compile("'[^']*'|\"[^\"]*\"");

  private ClientErrors() {
  }

  static Optional<Response> response(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      Optional<Response> response = classify(cause);
      if (response.isPresent()) {
        LOG.info("Refused a request with {}: {}", response.get().getStatus(), cause.getClass().getSimpleName());
        return response;
      }
    }
    return Optional.empty();
  }

  private static Optional<Response> classify(Throwable cause) {
    if (cause instanceof ProcessEngineException error && error instanceof UserError) {
      return Optional.of(userError(error));
    }
    if (cause instanceof OptimisticLockingException) {
      return Optional.of(answer(Response.Status.CONFLICT, "CaseChanged",
          "The case changed while this form was open (perhaps a second submission): reload it and submit again"));
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return Optional.of(answer(Response.Status.CONFLICT, "TaskAlreadyClaimed",
          "Somebody has claimed this task already: reload the task list"));
    }
    if (cause instanceof NullValueException) {
      return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound",
          "No such task, case or definition, or you may not see it"));
    }
    if (cause instanceof SpinJsonException) {
      return Optional.of(answer(Response.Status.BAD_REQUEST, "MalformedJson", "A JSON value is not well-formed"));
    }
    return Optional.empty();
  }

  /**
   * Camunda's own refusals of a request (4xx) as Camunda words them, less the values they quote: "Cannot
   * convert value '…' of type '…'" never repeats what the client sent.
   */
  static Optional<Response> redacted(RestException exception) {
    Response.Status status = exception.getStatus();
    if (status == null || status.getStatusCode() >= 500) {
      return Optional.empty();
    }
    String message = exception.getMessage() == null ? "" : QUOTED.matcher(exception.getMessage()).replaceAll("'…'");
    LOG.info("Refused a request with {}: {}", status.getStatusCode(), exception.getClass().getSimpleName());
    return Optional.of(answer(status, exception.getClass().getSimpleName(), message));
  }

  /** A NullPointerException in Camunda's request objects means the request left out a value it needs. */
  static Optional<Response> missingValue(NullPointerException exception) {
    StackTraceElement[] frames = exception.getStackTrace();
    for (int i = 0; i < Math.min(frames.length, 3); i++) {
      if (frames[i].getClassName().startsWith("org.camunda.bpm.engine.rest.")) {
        LOG.info("Refused a request with 400: a value is missing");
        return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
            "The request leaves out a value it needs, or gives null where a value belongs"));
      }
    }
    return Optional.empty();
  }

  private static Response userError(ProcessEngineException error) {
    Map<String, Object> body = body(error.getClass().getSimpleName(), error.getMessage());
    if (error instanceof FormRulesException rules) {
      body.put("violations", rules.getViolations());
    }
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body(type, message)).build();
  }

  private static Map<String, Object> body(String type, String message) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", type);
    body.put("message", message);
    body.put("code", null);
    return body;
  }
}
