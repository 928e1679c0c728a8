package no.mfa.hrd.rest;

import java.util.Map;
import no.mfa.hrd.ErrorBody;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.server.ResponseStatusException;

/**
 * Refusals of the service's own API (/api) in the same JSON as the engine's: the reason names the field
 * and the rule, and never carries what the client sent.
 */
@RestControllerAdvice
class ApiErrors {

  @ExceptionHandler(ResponseStatusException.class)
  ResponseEntity<Map<String, Object>> refused(ResponseStatusException refusal) {
    HttpStatus status = HttpStatus.valueOf(refusal.getStatusCode().value());
    String message = refusal.getReason() == null ? status.getReasonPhrase() : refusal.getReason();
    return ResponseEntity.status(status).body(ErrorBody.of(status.name(), message));
  }

  /** Two users changed the same case at once: the loser's change was rolled back and may be sent again. */
  @ExceptionHandler(org.camunda.bpm.engine.OptimisticLockingException.class)
  ResponseEntity<Map<String, Object>> conflict(org.camunda.bpm.engine.OptimisticLockingException conflict) {
    return ResponseEntity.status(HttpStatus.CONFLICT).body(ErrorBody.of(HttpStatus.CONFLICT.name(),
        "The case was changed at the same moment by someone else; nothing was changed, try again"));
  }
}
