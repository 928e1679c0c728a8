package no.mfa.hrd.rest;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import no.mfa.hrd.UserError;
import no.mfa.hrd.forms.FormRulesException;
import org.camunda.bpm.engine.ProcessEngineException;

/**
 * Finds our own user errors (broken form rules, a case that cannot be opened) inside whatever the
 * engine or Camunda's REST resources wrapped them in, and answers them with 400 naming field and rule.
 */
final class UserErrors {

  private UserErrors() {
  }

  static Optional<Response> badRequest(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof ProcessEngineException error && error instanceof UserError) {
        return Optional.of(response(error));
      }
    }
    return Optional.empty();
  }

  private static Response response(ProcessEngineException error) {
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("type", error.getClass().getSimpleName());
    body.put("message", error.getMessage());
    body.put("code", null);
    if (error instanceof FormRulesException rules) {
      body.put("violations", rules.getViolations());
    }
    return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
  }
}
