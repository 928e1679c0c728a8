package no.mfa.hrd.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Optional;
import no.mfa.hrd.ErrorBody;
import no.mfa.hrd.UserError;
import no.mfa.hrd.forms.FormRulesException;
import com.fasterxml.jackson.core.JsonProcessingException;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.TaskAlreadyClaimedException;
import org.camunda.bpm.engine.exception.NotFoundException;
import org.camunda.bpm.engine.exception.NullValueException;
import org.camunda.bpm.engine.impl.pvm.PvmException;
import org.glassfish.jersey.server.ParamException;
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
  /** The name of the query parameter a Camunda message is about, when it names one. */
  private static final java.util.regex.Pattern PARAMETER = java.util.regex.Pattern.compile(
      "(?:query )?parameter '([A-Za-z][A-Za-z0-9]{0,40})'");

  /** The engine's code for a BPMN error that nothing in the model catches (enable-exceptions-after-unhandled-bpmn-error). */
  private static final String UNHANDLED_BPMN_ERROR = "ENGINE-02042";
  /** How the engine begins the refusal of a query it cannot run ("Invalid query usage: ...", "Invalid query: ..."). */
  private static final String INVALID_QUERY = "Invalid query";

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
    if (exception instanceof RestException rest) {
      return redacted(rest);
    }
    return Optional.empty();
  }

  private static Optional<Response> classify(Throwable cause) {
    if (cause instanceof ProcessEngineException error && error instanceof UserError) {
      return Optional.of(userError(error));
    }
    if (cause instanceof OptimisticLockingException || cause instanceof PvmException) {
      // PvmException: the case moved on while this command ran ("cannot signal execution ...: it has no
      // current activity" when a second submission of a form meets the first one's result).
      return Optional.of(caseChanged());
    }
    if (cause instanceof TaskAlreadyClaimedException) {
      return Optional.of(answer(Response.Status.CONFLICT, "TaskAlreadyClaimed",
          "Somebody has claimed this task already: reload the task list"));
    }
    if (cause instanceof AuthorizationException) {
      // Camunda's message names the resource and the process: enough to tell another mission's case
      // from none. The refusal says no more than that.
      return Optional.of(answer(Response.Status.FORBIDDEN, "AuthorizationException",
          "You may not see or do this"));
    }
    if (cause instanceof JsonProcessingException || cause instanceof ParamException) {
      return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
          "The request is not well-formed JSON, or a value or parameter has the wrong type"));
    }
    if (cause instanceof NullPointerException npe) {
      return missingValue(npe);
    }
    if (cause instanceof NullValueException || cause instanceof NotFoundException) {
      return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound",
          "No such task, case or definition, or you may not see it"));
    }
    if (cause instanceof SpinJsonException) {
      return Optional.of(answer(Response.Status.BAD_REQUEST, "MalformedJson", "A JSON value is not well-formed"));
    }
    if (cause instanceof BadUserRequestException) {
      return Optional.of(engineRefusal(cause));
    }
    if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).startsWith(INVALID_QUERY)
        && !inProcessExecution(cause)) {
      // A filter's stored criteria contradicted by the request's ("cannot set both candidateUser and
      // candidateGroupIn"), or a sorting without its order: the engine's words for a query it refuses.
      return Optional.of(invalidQuery());
    }
    if (cause instanceof ProcessEngineException && String.valueOf(cause.getMessage()).startsWith(UNHANDLED_BPMN_ERROR)) {
      return Optional.of(answer(Response.Status.BAD_REQUEST, "UnhandledBpmnError",
          "Nothing in the model catches this error here: the case stays as it was"));
    }
    if (cause instanceof java.sql.SQLIntegrityConstraintViolationException
        || cause instanceof java.sql.SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("23")) {
      // Two requests raced to write the same row (two claims of one task at once): one of them won.
      return Optional.of(caseChanged());
    }
    if (cause instanceof IllegalArgumentException && builtFromTheRequest(cause)) {
      // A variable the request typed so that it cannot be built, such as a file without its valueInfo.
      return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidVariable",
          "A variable's value does not fit the type the request gives it"));
    }
    if ((cause instanceof ProcessEngineException || cause instanceof ClassCastException) && builtFromTheRequest(cause)) {
      return Optional.of(invalidQuery());
    }
    return Optional.empty();
  }

  /** A query a delegate or listener ran while the case moved on: the service's fault, not the request's. */
  private static boolean inProcessExecution(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("org.camunda.bpm.engine.impl.pvm.") || type.startsWith("org.camunda.bpm.engine.impl.bpmn.")) {
        return true;
      }
    }
    return false;
  }

  private static Response invalidQuery() {
    return answer(Response.Status.BAD_REQUEST, "InvalidQuery",
        "A filter or sorting of the query has a value or type the engine cannot query by, or contradicts another");
  }

  /**
   * The engine's own refusals quote what they refuse, an id or a value the client sent: answered with
   * their kind only. "Cannot find" and "is null" mean nothing was found by that id (404).
   */
  private static Response engineRefusal(Throwable refusal) {
    String message = String.valueOf(refusal.getMessage());
    if (message.startsWith(INVALID_QUERY) && !inProcessExecution(refusal)) {
      return invalidQuery();
    }
    if (message.startsWith("Cannot find") || message.contains(" is null") || message.startsWith("No ")) {
      return answer(Response.Status.NOT_FOUND, "NotFound", "No such task, case or definition, or you may not see it");
    }
    return answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
        "The engine cannot do this with the request as it stands");
  }

  /**
   * A query the request described with a value the engine cannot compare (an object, null with an
   * ordering operator) or sort by (an object type): thrown while the request's filters are turned
   * into a query, or while the query's variable values are prepared.
   */
  static boolean builtFromTheRequest(Throwable error) {
    for (StackTraceElement frame : error.getStackTrace()) {
      String type = frame.getClassName();
      if (type.startsWith("org.camunda.bpm.engine.rest.dto.") || type.equals("org.camunda.bpm.engine.impl.QueryVariableValue")
          || type.equals("org.camunda.bpm.engine.impl.AbstractVariableQueryImpl")) {
        return true;
      }
    }
    return false;
  }

  /**
   * Camunda's own refusals of a request (4xx), which often quote the value they refuse: answered
   * with the parameter's name at most, never its value.
   */
  static Optional<Response> redacted(RestException exception) {
    Response.Status status = exception.getStatus();
    if (status == null || status.getStatusCode() >= 500) {
      return Optional.empty();
    }
    java.util.regex.Matcher parameter = PARAMETER.matcher(String.valueOf(exception.getMessage()));
    String message = "A parameter or value of the request has the wrong form or type"
        + (parameter.find() ? ": " + parameter.group(1) : "");
    LOG.info("Refused a request with {}: {}", status.getStatusCode(), exception.getClass().getSimpleName());
    return Optional.of(answer(status, exception.getClass().getSimpleName(), message));
  }

  /**
   * A NullPointerException in Camunda's request objects means the request left out a value (400); in
   * an entity, that a concurrent command removed what this one was working on (409); in an engine
   * command or its authorization check, that nothing was found by the id it was given (404).
   */
  static Optional<Response> missingValue(NullPointerException exception) {
    StackTraceElement[] frames = exception.getStackTrace();
    String thrower = frames.length == 0 ? "" : frames[0].getClassName();
    if (thrower.startsWith("org.camunda.bpm.engine.rest.")) {
      return Optional.of(answer(Response.Status.BAD_REQUEST, "InvalidRequestException",
          "The request leaves out a value it needs, or gives null where a value belongs"));
    }
    if (thrower.startsWith("org.camunda.bpm.engine.impl.persistence.entity.")) {
      // The task or execution was removed by a concurrent command (a double click completed it first).
      return Optional.of(caseChanged());
    }
    if (thrower.startsWith("org.camunda.bpm.engine.impl.cmd.") || thrower.startsWith("org.camunda.bpm.engine.impl.cfg.auth.")) {
      return Optional.of(answer(Response.Status.NOT_FOUND, "NotFound",
          "No such task, case or definition, or you may not see it"));
    }
    return Optional.empty();
  }

  private static Response caseChanged() {
    return answer(Response.Status.CONFLICT, "CaseChanged",
        "The case changed while this form was open (perhaps a second submission): reload it and submit again");
  }

  private static Response userError(ProcessEngineException error) {
    Map<String, Object> body = ErrorBody.of(error.getClass().getSimpleName(), error.getMessage());
    if (error instanceof FormRulesException rules) {
      body.put("violations", rules.getViolations());
    }
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }

  private static Response answer(Response.Status status, String type, String message) {
    return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(ErrorBody.of(type, message)).build();
  }

}
